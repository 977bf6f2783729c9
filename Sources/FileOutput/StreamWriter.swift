#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to what is not a regular file: standard output, a character device, a FIFO, /dev/stdout. Opened
/// and written straight: no temporary file, no rename, no truncation (except a regular file reached through
/// a /proc link, which is emptied first as a shell's `>` would).
enum StreamWriter {
    static func write(_ bytes: [UInt8], to destination: OutputDestination) throws(OutputError) {
        switch destination {
        case .standardOutput:
            try StandardStreams.write(bytes)
        case .stream(let path):
            var info = stat()
            let regular = stat(path, &info) == 0 && Platform.fileType(info.st_mode) == S_IFREG
            let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | (regular ? O_TRUNC : 0))
            guard descriptor >= 0 else { throw OutputError.cannotWrite(path, errno: errno) }
            if let code = Platform.writeAll(bytes, to: descriptor) {
                close(descriptor)
                throw OutputError.cannotWrite(path, errno: code)
            }
            guard close(descriptor) == 0 else { throw OutputError.cannotWrite(path, errno: errno) }
        case .file(_, let given):
            throw OutputError.cannotWrite(given, "a regular file is staged, not streamed")
        }
    }
}
