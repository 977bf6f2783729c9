import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a blocking loopback socket, so a test can send exactly the bytes it means
/// (a path with `..`, a query with invalid UTF-8) that URLSession would normalise or refuse.
struct LoopbackClient {
    let port: UInt16

    struct Response {
        let status: Int
        /// Header names lowercased.
        let headers: [String: String]
        let body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] }
    }

    enum Failure: Error { case socket(String), malformed }

    /// Sends `GET target` (the target's bytes as given) with `headers`, reads the reply to the end.
    func get(_ target: [UInt8], headers: [String] = []) throws -> Response {
        let connection = try LoopbackConnection(port: port)
        defer { connection.close() }
        let head = (["Host: 127.0.0.1", "Connection: close"] + headers).map { $0 + "\r\n" }.joined()
        try connection.send(Array("GET ".utf8) + target + Array(" HTTP/1.1\r\n\(head)\r\n".utf8))
        return try Self.parse(try connection.readToEnd())
    }

    func get(_ target: String, headers: [String] = []) throws -> Response {
        try get(Array(target.utf8), headers: headers)
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        let separator = Array("\r\n\r\n".utf8)
        guard
            let end = (0...(max(bytes.count - 4, 0))).first(where: {
                Array(bytes[$0..<min($0 + 4, bytes.count)]) == separator
            })
        else { throw Failure.malformed }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusWords = lines[0].split(separator: " ")
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else { throw Failure.malformed }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Array(bytes[(end + 4)...]))
    }
}

/// One open loopback connection, for what `LoopbackClient.get` cannot do: several requests on one connection
/// (keep-alive, pipelining), a request sent in pieces, a client that leaves mid-reply.
final class LoopbackConnection {
    let fd: Int32
    private var pending: [UInt8] = []

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackClient.Failure.socket("socket: \(errno)") }
        // A bound on a hung server, not a measurement: the test fails instead of waiting forever.
        var limit = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(fd)
            throw LoopbackClient.Failure.socket("connect: \(errno)")
        }
    }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw LoopbackClient.Failure.socket("send: \(errno)") }
            sent += n
        }
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Reads what the socket gives; empty at the end of the stream.
    private func receive() throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n < 0 { throw LoopbackClient.Failure.socket("recv: \(errno)") }
        return Array(buffer[0..<n])
    }

    /// Everything until the server closes.
    func readToEnd() throws -> [UInt8] {
        var received = pending
        pending = []
        while true {
            let more = try receive()
            if more.isEmpty { return received }
            received += more
        }
    }

    /// One response, its body as long as its Content-Length (none for a reply to HEAD).
    func readResponse(toHead: Bool = false) throws -> LoopbackClient.Response {
        let separator = Array("\r\n\r\n".utf8)
        while true {
            if let end = pending.indices.first(where: { pending[$0...].starts(with: separator) }) {
                let head = try LoopbackClient.parse(Array(pending[..<(end + 4)]))
                let length = toHead || head.status == 304 ? 0 : Int(head.headers["content-length"] ?? "") ?? 0
                while pending.count < end + 4 + length {
                    let more = try receive()
                    guard !more.isEmpty else { throw LoopbackClient.Failure.malformed }
                    pending += more
                }
                let body = Array(pending[(end + 4)..<(end + 4 + length)])
                pending.removeFirst(end + 4 + length)
                return LoopbackClient.Response(status: head.status, headers: head.headers, body: body)
            }
            let more = try receive()
            guard !more.isEmpty else { throw LoopbackClient.Failure.malformed }
            pending += more
        }
    }

    func close() { Glibc.close(fd) }
}

/// Runs blocking client code (these sockets block in `recv`) on a thread of its own, never on one of Swift's
/// few cooperative threads, which the server under test needs to answer.
func offCooperativePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try body() }) }
        thread.start()
    }
}
