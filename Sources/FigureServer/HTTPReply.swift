import Foundation

/// One answer of the figure API, independent of the HTTP library that sends it: a status, a content type, the
/// body and any further headers. Every reply carries the same security headers (`securityHeaders`).
public struct HTTPReply: Sendable, Equatable {
    /// The status code (200, 304, 400, 404, 405, 414, 500).
    public var status: Int
    /// The `Content-Type` of the body.
    public var contentType: String
    /// The body's bytes (empty for 304).
    public var body: [UInt8]
    /// Headers beyond the content type and the security headers (`ETag`, `Allow`, `Cache-Control`).
    public var headers: [(name: String, value: String)]

    public init(status: Int, contentType: String, body: [UInt8], headers: [(name: String, value: String)] = []) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    /// The headers sent with every reply, whatever its status: a Content-Security-Policy that lets nothing load
    /// or run (a served SVG opened in a tab stays inert) and `X-Content-Type-Options: nosniff`.
    public static let securityHeaders: [(name: String, value: String)] = [
        ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"),
        ("X-Content-Type-Options", "nosniff"),
    ]

    /// Every header of the reply, in a fixed order: content type, own headers, security headers. A reply's own
    /// header replaces the security header of that name (the live page sends its own Content-Security-Policy).
    public var allHeaders: [(name: String, value: String)] {
        [("Content-Type", contentType)] + headers
            + Self.securityHeaders.filter { fixed in
                !headers.contains { $0.name == fixed.name }
            }
    }

    /// A JSON error body `{"error": message, "status": status}` with that status.
    public static func error(_ status: Int, _ message: String, headers: [(name: String, value: String)] = []) -> Self {
        let body = JSONBody.encode(ErrorBody(error: message, status: status))
        return HTTPReply(status: status, contentType: JSONBody.contentType, body: body, headers: headers)
    }

    public static func == (a: HTTPReply, b: HTTPReply) -> Bool {
        a.status == b.status && a.contentType == b.contentType && a.body == b.body
            && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }
}

/// The body of every error reply.
struct ErrorBody: Codable, Equatable {
    /// The one-line message, as the command line prints it after `dlplot <command>: `.
    let error: String
    /// The HTTP status, repeated for clients that only see the body.
    let status: Int
}

/// Deterministic JSON (sorted keys, no escaped slashes) for the API's bodies.
enum JSONBody {
    static let contentType = "application/json; charset=utf-8"

    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings, numbers and arrays cannot fail; an empty object is the fallback.
        return (try? Array(encoder.encode(value))) ?? Array("{}".utf8)
    }
}
