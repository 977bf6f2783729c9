import Platform

/// A folder to write files into, created when missing (its parent must exist).
public enum OutputFolder {
    /// `path` without a trailing slash, after making sure it is a writable folder: created if missing, and
    /// another process creating it at the same moment is fine (EEXIST with a folder there). One line naming
    /// the folder and the reason otherwise, `option` first (e.g. "--out-dir").
    public static func prepare(_ path: String, option: String) throws(OutputError) -> String {
        guard !path.isEmpty else { throw OutputError("\(option): an empty folder name is not allowed", kind: .usage) }
        var folder = path
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        let shown = PathText.shown(folder)
        if mkdir(folder, 0o777) != 0 {
            let code = errno
            var info = stat()
            if stat(folder, &info) != 0 {
                throw OutputError(
                    "\(option) \(shown) does not exist and cannot be created: \(SystemCalls.text(ofError: code)) "
                        + "(its parent folder must exist and be writable)")
            }
            guard SystemCalls.fileType(info.st_mode) == S_IFDIR else {
                throw OutputError("\(option) \(shown) is a file, not a folder")
            }
        }
        do throws(OutputError) {
            try WritableFolder.check(folder, for: folder + "/")
        } catch {
            throw OutputError("\(option) \(shown) is not writable: \(error.message)")
        }
        return folder
    }
}
