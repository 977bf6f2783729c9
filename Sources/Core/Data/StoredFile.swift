#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes exactly as stored on disk, read once with one allocation of the file's size, so the same
/// bytes can be both checksummed and decoded.
enum StoredFile {
    /// Reads the whole file at `path`. Throws `IDXError.cannotOpen` if it is missing, unreadable or a folder,
    /// and `IDXError.unreadable` on an I/O error.
    static func bytes(atPath path: String) throws(IDXError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { throw .cannotOpen(path: path) }
        // The size fstat gives for a regular file; a pipe or a file that grows meanwhile is read on to its end.
        let expected = max(Int(status.st_size), 0)
        var failure: IDXError?
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            initialized = 0
            while initialized < expected {
                let got = read(descriptor, buffer.baseAddress.map { $0 + initialized }, expected - initialized)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = .unreadable(path: path, reason: String(cString: strerror(errno))); return }
                if got == 0 { return }  // the file shrank while being read
                initialized += got
            }
        }
        if let failure { throw failure }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<got])
        }
    }
}
