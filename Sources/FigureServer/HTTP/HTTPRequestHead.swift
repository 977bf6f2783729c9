import Core

/// One HTTP/1.x request head (request line and header fields), parsed strictly from the bytes before the blank
/// line. Only what the server acts on is kept: the method, the target split into path and query (both still
/// percent-encoded), the version, `If-None-Match`, whether the client keeps the connection, and the length of a
/// body it announces. Anything malformed is an `HTTPHeadError` carrying the status to answer with.
public struct HTTPRequestHead: Sendable, Equatable {
    /// The method token (`GET`, `HEAD`, `POST` …), as sent.
    public let method: String
    /// The target's path, before `?`, still percent-encoded.
    public let path: String
    /// The target's query, after `?` (empty without one), still percent-encoded.
    public let query: String
    /// The minor version: 1 for HTTP/1.1, 0 for HTTP/1.0.
    public let minorVersion: Int
    /// The `If-None-Match` field, if sent.
    public let ifNoneMatch: String?
    /// Whether the connection stays open after the reply (HTTP/1.1 unless `Connection: close`; HTTP/1.0 only
    /// with `Connection: keep-alive`).
    public let keepsAlive: Bool
    /// The `Content-Length` announced (0 without one); the server reads and discards such a body.
    public let contentLength: Int

    /// The most header fields accepted.
    public static let maximumFields = 64
    /// The longest request target accepted, in bytes: the query's own limit (`QueryString.maximumBytes`) and a path.
    public static let maximumTargetBytes = QueryString.maximumBytes + 1024

    /// Parses `bytes`: the head without its final blank line, lines ending in CRLF (a bare LF is accepted, as
    /// RFC 9112 allows).
    public init(_ bytes: ArraySlice<UInt8>) throws(HTTPHeadError) {
        var lines = Self.lines(bytes)
        guard let requestLine = lines.first else { throw .malformed("an empty request") }
        lines.removeFirst()
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(Self.isTokenByte) else {
            throw .malformed("the request line is not METHOD TARGET HTTP/1.x")
        }
        guard parts[1].count <= Self.maximumTargetBytes else { throw .targetTooLong(bytes: parts[1].count) }
        guard parts[1].first == UInt8(ascii: "/"), parts[1].allSatisfy(Self.isTargetByte) else {
            throw .malformed("the request target must be a path starting with / in visible ASCII")
        }
        switch Array(parts[2]) {
        case Array("HTTP/1.1".utf8): minorVersion = 1
        case Array("HTTP/1.0".utf8): minorVersion = 0
        default: throw .unsupportedVersion
        }
        method = String(decoding: parts[0], as: UTF8.self)
        let target = parts[1]
        if let mark = target.firstIndex(of: UInt8(ascii: "?")) {
            path = String(decoding: target[..<mark], as: UTF8.self)
            query = String(decoding: target[(mark + 1)...], as: UTF8.self)
        } else {
            path = String(decoding: target, as: UTF8.self)
            query = ""
        }
        let fields = try Self.fields(lines)
        ifNoneMatch = fields.last { $0.name == "if-none-match" }?.value
        let connection = fields.filter { $0.name == "connection" }.flatMap {
            $0.value.lowercased().split(separator: ",").map { $0.trimmingSpacesAndTabs }
        }
        keepsAlive = minorVersion == 1 ? !connection.contains("close") : connection.contains("keep-alive")
        if fields.contains(where: { $0.name == "transfer-encoding" }) { throw .chunkedBody }
        let lengths = Set(fields.filter { $0.name == "content-length" }.map(\.value))
        guard lengths.count <= 1 else { throw .malformed("Content-Length is given twice with different values") }
        if let length = lengths.first {
            guard length.count <= 18, !length.isEmpty, length.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                let value = Int(length)
            else { throw .malformed("Content-Length \(EchoedText.shortened(length)) is not a number of bytes") }
            contentLength = value
        } else {
            contentLength = 0
        }
    }

    /// The head's lines, without their line ends.
    private static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
    }

    /// The header fields, names lowercased, values with surrounding spaces removed.
    private static func fields(_ lines: [ArraySlice<UInt8>]) throws(HTTPHeadError) -> [(name: String, value: String)] {
        guard lines.count <= maximumFields else { throw .tooManyFields(lines.count) }
        var fields: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                line[..<colon].allSatisfy(isTokenByte)
            else {
                throw .malformed("a header line is not Name: value (obsolete line folding is not accepted)")
            }
            let value = line[(colon + 1)...]
            guard value.allSatisfy({ $0 == 9 || ($0 >= 32 && $0 != 127) }) else {
                throw .malformed("a header value holds a control character")
            }
            fields.append(
                (
                    String(decoding: line[..<colon], as: UTF8.self).lowercased(),
                    String(decoding: value, as: UTF8.self).trimmingSpacesAndTabs
                ))
        }
        return fields
    }

    /// RFC 9110's `tchar`: the characters of a method or a field name.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default: return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    /// Visible ASCII, the only bytes a request target may hold (anything else must be percent-encoded).
    private static func isTargetByte(_ byte: UInt8) -> Bool { byte > 32 && byte < 127 }
}

/// Why a request head was refused, with the status the server answers before closing the connection.
public enum HTTPHeadError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case targetTooLong(bytes: Int)
    case headTooLarge(limit: Int)
    case tooManyFields(Int)
    case unsupportedVersion
    case chunkedBody

    /// 400, 414, 431, 505 or 501.
    public var status: Int {
        switch self {
        case .malformed: return 400
        case .targetTooLong: return 414
        case .headTooLarge, .tooManyFields: return 431
        case .unsupportedVersion: return 505
        case .chunkedBody: return 501
        }
    }

    public var description: String {
        switch self {
        case .malformed(let what): return "bad request: \(what)"
        case .targetTooLong(let bytes):
            return "the request target is \(bytes) bytes; at most \(HTTPRequestHead.maximumTargetBytes) are allowed"
        case .headTooLarge(let limit): return "the request head is over \(limit) bytes"
        case .tooManyFields(let count):
            return "the request has \(count) header lines; at most \(HTTPRequestHead.maximumFields) are allowed"
        case .unsupportedVersion: return "only HTTP/1.1 and HTTP/1.0 are served"
        case .chunkedBody: return "a request body in Transfer-Encoding is not accepted; the API takes GET requests"
        }
    }
}
