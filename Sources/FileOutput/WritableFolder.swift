import Platform

/// Checks that a file can be created in a folder by creating one: an unnamed file that vanishes when closed
/// (where the file system cannot, a named temporary file removed at once). This catches read-only file
/// systems and /proc, which `access` alone reports as writable for root.
enum WritableFolder {
    /// Also removes stale temporary files from the folder (once per process), as early as possible.
    static func check(_ folder: String, for path: String) throws(OutputError) {
        StaleTemporaryFiles.sweepOnce(folder)
        let descriptor = AnonymousFiles.open(in: folder, mode: 0o600)
        if descriptor >= 0 {
            close(descriptor)
            return
        }
        let code = errno
        if SystemCalls.anonymousFilesUnsupported(code) {
            let probe = TemporaryName.make(in: folder, for: PathText.baseName(of: path))
            let named = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard named >= 0 else { throw OutputError.cannotWrite(path, errno: errno, folder: folder) }
            close(named)
            unlink(probe)
            return
        }
        throw OutputError.cannotWrite(path, errno: code, folder: folder)
    }
}
