/// The bytes read from a connection and not yet used: finds where a request head ends (CRLF CRLF, or LF LF)
/// and keeps what follows for the next request.
struct RequestBuffer {
    private var bytes: [UInt8] = []
    private var scanned = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ more: [UInt8]) { bytes += more }

    /// The head, if a whole one is buffered, removed from the buffer with its blank line. Throws when more than
    /// `limit` bytes hold no blank line (414 if the request line itself is that long, else 431). Blank lines
    /// before a request are skipped, as RFC 9112 asks.
    mutating func takeHead() throws(HTTPHeadError) -> ArraySlice<UInt8>? {
        while let first = bytes.first, first == UInt8(ascii: "\r") || first == UInt8(ascii: "\n") {
            bytes.removeFirst()
            scanned = 0
        }
        var index = max(0, scanned - 3)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                let next = index + 1
                if next < bytes.count, bytes[next] == UInt8(ascii: "\n") {
                    return take(headEnd: index, restStart: next + 1)
                }
                if next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\r"), bytes[next + 1] == UInt8(ascii: "\n") {
                    return take(headEnd: index, restStart: next + 2)
                }
            }
            index += 1
        }
        scanned = bytes.count
        if bytes.count > limit {
            if !bytes.prefix(limit).contains(UInt8(ascii: "\n")) { throw .targetTooLong(bytes: bytes.count) }
            throw .headTooLarge(limit: limit)
        }
        return nil
    }

    /// Removes up to `count` buffered bytes (a body being discarded) and returns how many it removed.
    mutating func drop(upTo count: Int) -> Int {
        let dropped = min(count, bytes.count)
        bytes.removeFirst(dropped)
        return dropped
    }

    private mutating func take(headEnd: Int, restStart: Int) -> ArraySlice<UInt8> {
        var end = headEnd
        if end > 0, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let head = bytes[..<end]
        let taken = Array(head)[...]
        bytes.removeFirst(restStart)
        scanned = 0
        return taken
    }
}
