/// A URL query (`lr=0.1&init=-3%2C4`) decoded strictly and within limits: percent-escapes must be well formed,
/// `+` is a space (as browsers' forms and `URLSearchParams` write it; write `%2B` for a plus), the decoded
/// bytes must be UTF-8, and no name may appear twice.
public struct QueryString: Sendable, Equatable {
    /// The items in the order given.
    public let items: [(name: String, value: String)]

    /// The longest raw query accepted, in bytes: room for an expression past the parser's own limit (2,000
    /// characters, some 6,000 bytes percent-encoded), so that one is refused with the command line's message;
    /// beyond this, 414 before anything is decoded.
    public static let maximumBytes = 64 * 1024
    /// The most items accepted (every figure has fewer than 20 parameters and settings).
    public static let maximumItems = 32

    /// Decodes `raw` (the part after `?`, still percent-encoded). Throws a one-line `QueryError`.
    public init(raw: String) throws(QueryError) {
        let bytes = Array(raw.utf8)
        guard bytes.count <= Self.maximumBytes else { throw .tooLong(bytes: bytes.count) }
        let pieces = bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true)
        guard pieces.count <= Self.maximumItems else { throw .tooManyItems(pieces.count) }
        var items: [(name: String, value: String)] = []
        for piece in pieces {
            let parts = piece.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0], position: items.count + 1)
            let value = parts.count > 1 ? try Self.decode(parts[1], position: items.count + 1) : ""
            guard !name.isEmpty else { throw .emptyName(position: items.count + 1) }
            guard !items.contains(where: { $0.name == name }) else { throw .repeated(name) }
            items.append((name, value))
        }
        self.items = items
    }

    /// Percent-decodes one name or value and checks that the result is UTF-8.
    private static func decode(_ encoded: ArraySlice<UInt8>, position: Int) throws(QueryError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let byte = encoded[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < encoded.endIndex,
                    let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2])
                else { throw .badEscape(position: position) }
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(position: position) }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    public static func == (a: QueryString, b: QueryString) -> Bool {
        a.items.map(\.name) == b.items.map(\.name) && a.items.map(\.value) == b.items.map(\.value)
    }
}

/// Why a query string was refused; `description` is the one-line message of the 400 (or 414) reply.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooLong(bytes: Int)
    case tooManyItems(Int)
    case emptyName(position: Int)
    case badEscape(position: Int)
    case notUTF8(position: Int)
    case repeated(String)

    public var description: String {
        switch self {
        case .tooLong(let bytes):
            return "the query is \(bytes) bytes long; at most \(QueryString.maximumBytes) are allowed"
        case .tooManyItems(let count):
            return "the query has \(count) parameters; at most \(QueryString.maximumItems) are allowed"
        case .emptyName(let position):
            return "parameter \(position) of the query has no name; write name=value"
        case .badEscape(let position):
            return "parameter \(position) of the query has a malformed percent-escape; write % and two hex digits"
        case .notUTF8(let position):
            return "parameter \(position) of the query is not UTF-8 once percent-decoded"
        case .repeated(let name):
            return "the parameter \(name) is given more than once; give each parameter once"
        }
    }

    /// The HTTP status: 414 for a query too long, 400 otherwise.
    public var status: Int {
        if case .tooLong = self { return 414 }
        return 400
    }
}
