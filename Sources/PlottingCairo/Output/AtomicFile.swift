#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees either the old file or the complete new one, never a part.
public enum AtomicFile {
    /// Writes `bytes` to `path`: into a temporary file in the same folder, fsync (when `durable`), then
    /// rename over `path`. Throws `RenderError.file` with a clear message (missing or unwritable folder,
    /// disk full, …); the temporary file is removed on failure and `path` is left as it was.
    ///
    /// Without `durable` the file is still replaced atomically (readers see the old or the whole new file),
    /// but a power failure soon after may lose the new contents. fsync costs from 0.1 ms to 10 ms a file
    /// depending on what else the disk is doing.
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws {
        guard !path.isEmpty else { throw RenderError.file("cannot write a file with an empty path") }
        let folder = folderOf(path)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            throw RenderError.file("cannot write \(path): folder \(folder) does not exist")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw RenderError.file("cannot write \(path): \(folder) is not a folder")
        }
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw RenderError.file("cannot write \(path): it is a folder")
        }
        let temp = folder + "/." + baseName(path) + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw RenderError.file("cannot write \(path): folder \(folder) is not writable (\(errorText()))")
        }
        do {
            try writeAll(bytes, to: fd, path: path)
            guard !durable || fsync(fd) == 0 else {
                throw RenderError.file("cannot write \(path): fsync failed (\(errorText()))")
            }
            guard close(fd) == 0 else {
                unlink(temp)
                throw RenderError.file("cannot write \(path): close failed (\(errorText()))")
            }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard rename(temp, path) == 0 else {
            let reason = errorText()
            unlink(temp)
            throw RenderError.file("cannot write \(path): rename failed (\(reason))")
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw RenderError.file("cannot write \(path): \(errorText())")
                }
                offset += n
            }
        }
    }

    /// The folder part of a path ("." for a bare file name, "/" for a file in the root).
    static func folderOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
