import CZlib

/// Reads a file that may be gzip-compressed or raw (zlib's transparent mode), in order, a few bytes at a time.
/// Owns the zlib handle and closes it in `deinit`.
final class CompressedFileReader {
    /// The path, for error messages.
    let path: String
    private let handle: gzFile

    /// Opens `path` for reading; throws `IDXError.cannotOpen` if it is missing, unreadable or a folder.
    init(path: String) throws(IDXError) {
        guard let handle = gzopen(path, "rb") else { throw .cannotOpen(path: path) }
        self.path = path
        self.handle = handle
    }

    deinit { gzclose(handle) }

    /// Reads up to `count` bytes; fewer only at the end of the file. Throws on a zlib or I/O error.
    func read(upTo count: Int) throws(IDXError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let chunk = UInt32(min(count - filled, 1 << 30))
            let got = bytes.withUnsafeMutableBytes { buffer in
                gzread(handle, buffer.baseAddress! + filled, chunk)
            }
            if got < 0 { throw .unreadable(path: path, reason: errorMessage()) }
            if got == 0 {
                // End of data: either a clean end of file or a damaged stream zlib reports only now.
                var code: Int32 = 0
                _ = gzerror(handle, &code)
                if code != Z_OK && code != Z_STREAM_END { throw .unreadable(path: path, reason: errorMessage()) }
                break
            }
            filled += Int(got)
        }
        bytes.removeLast(count - filled)
        return bytes
    }

    /// Whether the file has no more bytes.
    func isAtEnd() throws(IDXError) -> Bool {
        try read(upTo: 1).isEmpty
    }

    private func errorMessage() -> String {
        var code: Int32 = 0
        guard let message = gzerror(handle, &code) else { return "zlib error \(code)" }
        var text = String(cString: message)
        if text.hasPrefix(path + ": ") { text.removeFirst(path.count + 2) }  // zlib prefixes the path itself
        return text.isEmpty ? "zlib error \(code)" : text
    }
}
