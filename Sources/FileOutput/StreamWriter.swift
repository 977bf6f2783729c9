import Platform

/// Writes to what is not a regular file: standard output, a character device, a FIFO, /dev/stdout. Opened
/// and written straight: no temporary file, no rename, no truncation (except a regular file reached through
/// a /proc link, which is emptied first as a shell's `>` would). A FIFO nobody reads is an error, not a hang.
enum StreamWriter {
    static func write(_ bytes: [UInt8], to destination: OutputDestination) throws(OutputError) {
        switch destination {
        case .standardOutput:
            try StandardStreams.write(bytes)
        case .stream(let path):
            let descriptor = try openForWriting(path)
            if let code = SystemCalls.writeAll(bytes, to: descriptor) {
                close(descriptor)
                throw OutputError.cannotWrite(path, errno: code)
            }
            guard close(descriptor) == 0 else { throw OutputError.cannotWrite(path, errno: errno) }
        case .file(_, let given):
            throw OutputError.cannotWrite(given, "a regular file is staged, not streamed")
        }
    }

    /// Opens `path` for writing. A FIFO is opened without waiting: with no process reading it, that is an
    /// error now (ENXIO) rather than a wait for ever; with a reader, the writes then block as usual.
    private static func openForWriting(_ path: String) throws(OutputError) -> Int32 {
        var info = stat()
        let type = stat(path, &info) == 0 ? SystemCalls.fileType(info.st_mode) : 0
        let flags =
            O_WRONLY | O_CLOEXEC | O_NOCTTY | (type == S_IFREG ? O_TRUNC : 0) | (type == S_IFIFO ? O_NONBLOCK : 0)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENXIO && type == S_IFIFO {
                throw OutputError.cannotWrite(
                    path, "no process is reading the FIFO (\(SystemCalls.text(ofError: code)))")
            }
            throw OutputError.cannotWrite(path, errno: code)
        }
        if type == S_IFIFO { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        return descriptor
    }
}
