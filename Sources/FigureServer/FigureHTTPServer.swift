import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The figure API on a socket (FlyingFox): every request, whatever its path, goes to `FigureAPI`, so every
/// reply carries its headers and no request reaches the file system.
public final class FigureHTTPServer: Sendable {
    private let server: HTTPServer
    private let runFailure = Mutex<(any Error)?>(nil)
    private let running = Mutex<Task<Void, Never>?>(nil)

    /// A server for `host` (an IPv4 or IPv6 address, or `localhost`) and `port` (0: the system picks one).
    /// Throws `ServerError.badHost` for a host that is not an address.
    public init(host: String, port: UInt16, api: FigureAPI = FigureAPI()) throws(ServerError) {
        let address: any SocketAddress
        do {
            if host == "localhost" {
                address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
            } else if host.contains(":") {
                address = try sockaddr_in6.inet6(ip6: host, port: port)
            } else {
                address = try sockaddr_in.inet(ip4: host, port: port)
            }
        } catch {
            throw .badHost(host)
        }
        server = HTTPServer(
            config: HTTPServer.Configuration(address: address, timeout: 15, logger: DisabledLogger.disabled),
            handler: APIHandler(api: api))
    }

    /// Binds and starts serving in the background; returns the port listened on once the socket listens.
    /// Throws `ServerError.cannotListen` (the port in use, an address not on this machine …).
    public func start() async throws(ServerError) -> UInt16 {
        let task = Task { [self] in
            do { try await server.run() } catch { runFailure.withLock { $0 = error } }
        }
        running.withLock { $0 = task }
        // Polls (at most 10 s) until the socket listens or the run task has failed; a bind fails at once.
        for _ in 0..<1000 {
            if let error = runFailure.withLock({ $0 }) { throw .cannotListen(Self.describe(error)) }
            if await server.isListening, case .ip4(_, let port)? = await server.listeningAddress { return port }
            if await server.isListening, case .ip6(_, let port)? = await server.listeningAddress { return port }
            try? await Task.sleep(for: .milliseconds(10))
        }
        throw .cannotListen("the socket did not start listening within 10 s")
    }

    /// Stops listening and waits for open connections to finish.
    public func stop() async {
        await server.stop(timeout: 0.25)
        let task = running.withLock { $0 }
        await task?.value
    }

    private static func describe(_ error: any Error) -> String {
        if case SocketError.failed(let type, let code, _) = error {
            if code == EADDRINUSE { return "the port is in use" }
            return "\(type) failed: \(String(cString: strerror(code)))"
        }
        return "\(error)"
    }
}

/// Why the server could not start.
public enum ServerError: Error, Equatable, Sendable {
    /// The host is not an IPv4 or IPv6 address.
    case badHost(String)
    /// Binding or listening failed.
    case cannotListen(String)
}

/// Passes every request to the API and turns its reply into FlyingFox's response.
private struct APIHandler: HTTPHandler {
    let api: FigureAPI

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let reply = api.reply(
            method: request.method.rawValue, path: request.target.path(), query: request.target.query(),
            ifNoneMatch: request.headers[HTTPHeader("If-None-Match")])
        var headers = HTTPHeaders()
        for (name, value) in reply.allHeaders { headers[HTTPHeader(name)] = value }
        return HTTPResponse(
            statusCode: HTTPStatusCode(reply.status, phrase: Self.phrase(reply.status)), headers: headers,
            body: Data(reply.body))
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 414: return "URI Too Long"
        default: return "Internal Server Error"
        }
    }
}
