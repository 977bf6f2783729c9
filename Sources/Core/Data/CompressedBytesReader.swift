import CZlib

/// Reads a file's bytes, already in memory, that may be gzip-compressed or raw, in order, a few bytes at a time.
/// It decodes as zlib's `gzread` does: bytes that start with gzip's magic (1f 8b) are inflated (concatenated
/// gzip members one after another; bytes after the last member that are not another member are ignored),
/// anything else is passed through as is. Each member's CRC-32 and length are checked. Owns the zlib stream
/// and ends it in `deinit`.
final class CompressedBytesReader {
    /// The path, for error messages.
    let path: String
    /// The bytes as stored.
    private var stored: [UInt8]
    /// Bytes of `stored` consumed so far.
    private var position = 0
    /// The inflate stream for gzip input; nil for raw input. Allocated once so its address never changes
    /// (zlib keeps a pointer back to it).
    private let stream: UnsafeMutablePointer<z_stream>?
    /// Whether the current gzip member has ended (another may follow).
    private var memberEnded = false
    /// Whether no more data follows.
    private var finished = false
    /// The most bytes deflate can expand one stored byte to (a 258-byte match coded in 2 bits).
    static let largestExpansion = 1032

    /// The most bytes `storedBytes` of deflate data can inflate to, with 64 KiB to spare for a block under way:
    /// no buffer for inflated data needs to be larger, whatever a header or trailer claims.
    static func inflatedSizeBound(_ storedBytes: Int) -> Int {
        let (bound, overflow) = storedBytes.multipliedReportingOverflow(by: largestExpansion)
        return overflow || bound > Int.max - 65_536 ? Int.max : bound + 65_536
    }

    /// libdeflate, for the body of a file that is one gzip member (`readBody`); nil to use zlib alone.
    private let fastInflater: LibDeflate?

    /// Whether `bytes` start with gzip's magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b }

    /// A reader over `stored`, the bytes of the file at `path` as stored on disk. zlib inflates gzip input step
    /// by step and reports any error; `readBody` lets `fastInflater` (libdeflate) inflate a file that is one
    /// gzip member at once, into a buffer of the size the (already checked) header announces.
    init(stored: [UInt8], path: String, fastInflater: LibDeflate? = LibDeflate.shared) throws(IDXError) {
        self.path = path
        self.fastInflater = fastInflater
        guard Self.isGzip(stored) else {
            self.stored = stored
            stream = nil
            return
        }
        self.stored = stored
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 16: the largest window, gzip wrapper (header, CRC-32 and length checked by zlib).
        let status = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .unreadable(path: path, reason: status == Z_MEM_ERROR ? "out of memory" : "zlib error \(status)")
        }
        self.stream = stream
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
    }

    /// Reads up to `count` bytes; fewer only at the end of the data. Throws on a damaged gzip stream. The
    /// result is written straight into a new array of that size (no zero-filling, no extra copy).
    func read(upTo count: Int) throws(IDXError) -> [UInt8] {
        if stream == nil, count >= stored.count - position {
            // The rest of raw (or already inflated) bytes: hand the buffer over, moved down in place when this
            // reader holds the only reference to it, rather than copied into a new one.
            var rest: [UInt8] = []
            swap(&rest, &stored)
            rest.removeFirst(min(position, rest.count))
            position = 0
            return rest
        }
        var failure: IDXError?
        // A header may promise more than the compressed bytes can hold: the buffer is only as large as they can fill.
        let capacity = stream == nil ? count : min(count, Self.inflatedSizeBound(stored.count - position))
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            do throws(IDXError) {
                initialized = try fill(UnsafeMutableRawBufferPointer(buffer))
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// The `count` bytes after a header of `headerBytes` bytes that has just been read (fewer only when the
    /// data ends first). A file that is exactly one gzip member whose trailer gives the length `headerBytes +
    /// count` is inflated by libdeflate at once, when it is installed; zlib reads anything else, or carries on
    /// if libdeflate fails. Either way no more than `count` bytes are allocated for the result (plus the header
    /// for libdeflate), however long the stream really is.
    func readBody(count: Int, afterHeader headerBytes: Int) throws(IDXError) -> [UInt8] {
        if stream != nil, let fastInflater,
            var content = fastInflater.inflateSingleMember(stored, maximumBytes: headerBytes + count),
            content.count == headerBytes + count
        {
            finished = true  // the member was inflated to its end and nothing follows it
            content.removeFirst(headerBytes)  // moved down in place: the array is not shared
            return content
        }
        return try read(upTo: count)
    }

    /// Whether the data has no more bytes.
    func isAtEnd() throws(IDXError) -> Bool {
        try read(upTo: 1).isEmpty
    }

    /// Fills `buffer` from the start; returns how many bytes were written (fewer than its size only at the end).
    private func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(IDXError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        guard let stream else {
            let count = min(buffer.count, stored.count - position)
            stored.withUnsafeBytes { source in
                if count > 0, let from = source.baseAddress { base.copyMemory(from: from + position, byteCount: count) }
            }
            position += count
            return count
        }
        var filled = 0
        while filled < buffer.count, !finished {
            if memberEnded {
                // Like gzread: another gzip member may follow; anything else after a member is ignored.
                guard stored.count - position >= 2, stored[position] == 0x1f, stored[position + 1] == 0x8b else {
                    finished = true
                    break
                }
                inflateReset(stream)
                memberEnded = false
            }
            let available = stored.count - position
            let input = UInt32(min(available, Int(UInt32.max)))
            let room = UInt32(min(buffer.count - filled, Int(UInt32.max)))
            let status = stored.withUnsafeBufferPointer { source -> Int32 in
                guard let from = source.baseAddress else { return Z_BUF_ERROR }
                stream.pointee.next_in = UnsafeMutablePointer(mutating: from + position)
                stream.pointee.avail_in = input
                stream.pointee.next_out = (base + filled).assumingMemoryBound(to: UInt8.self)
                stream.pointee.avail_out = room
                let status = inflate(stream, Z_NO_FLUSH)
                // zlib keeps no pointer into either buffer between calls; clear them so none outlives this closure.
                stream.pointee.next_in = nil
                stream.pointee.next_out = nil
                return status
            }
            position += Int(input - stream.pointee.avail_in)
            filled += Int(room - stream.pointee.avail_out)
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                memberEnded = true
            case Z_BUF_ERROR:
                // No progress with room left to fill: the input ran out in the middle of a member.
                throw .unreadable(path: path, reason: "unexpected end of file")
            case Z_MEM_ERROR:
                throw .unreadable(path: path, reason: "out of memory")
            default:
                throw .unreadable(
                    path: path, reason: stream.pointee.msg.map { String(cString: $0) } ?? "compressed data error")
            }
        }
        return filled
    }
}
