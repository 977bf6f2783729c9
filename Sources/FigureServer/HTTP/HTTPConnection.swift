import FlyingSocks
import Foundation

/// One client connection: reads request heads (pipelined ones too), answers each through the API and the
/// render queue, and keeps the connection while the client asks to. A malformed head is answered with its
/// status and the connection closed; a client that goes away (mid-request or mid-reply) just ends the loop.
struct HTTPConnection {
    let socket: AsyncSocket
    let id: Int
    let api: FigureAPI
    let renders: RenderQueue
    let registry: ConnectionRegistry
    let limits: ServerLimits
    private let clock = ContinuousClock()

    init(
        socket: AsyncSocket, id: Int, api: FigureAPI, renders: RenderQueue, registry: ConnectionRegistry,
        limits: ServerLimits
    ) {
        self.socket = socket
        self.id = id
        self.api = api
        self.renders = renders
        self.registry = registry
        self.limits = limits
    }

    /// Serves requests until the client closes, asks to close, errs, or is too slow.
    func serve() async {
        defer {
            try? socket.close()
            registry.close(id)
        }
        var buffer = RequestBuffer(limit: limits.headBytes)
        do {
            while !Task.isCancelled {
                registry.setDeadline(clock.now + limits.idleTime, for: id)
                let head: HTTPRequestHead
                do {
                    guard let bytes = try await readHead(into: &buffer) else { return }
                    head = try HTTPRequestHead(bytes)
                } catch let error as HTTPHeadError {
                    try await send(.error(error.status, error.description), includeBody: true, keepsAlive: false)
                    return
                }
                guard head.contentLength <= limits.bodyBytes else {
                    let message = "a request body of \(head.contentLength) bytes is too large; the API takes GET"
                    try await send(.error(413, message), includeBody: true, keepsAlive: false)
                    return
                }
                try await discardBody(head.contentLength, from: &buffer)
                let reply: HTTPReply
                switch api.answer(
                    method: head.method, path: head.path, query: head.query, ifNoneMatch: head.ifNoneMatch)
                {
                case .ready(let ready): reply = ready
                case .render(let render): reply = await renders.run(render)
                }
                try await send(reply, includeBody: head.method != "HEAD", keepsAlive: head.keepsAlive)
                if !head.keepsAlive { return }
            }
        } catch {
            // The client went away, the socket failed, or the deadline passed: the connection just ends.
        }
    }

    /// The next request head, without its blank line; nil when the client closed between requests.
    private func readHead(into buffer: inout RequestBuffer) async throws -> ArraySlice<UInt8>? {
        while true {
            if let head = try buffer.takeHead() { return head }
            let bytes: [UInt8]
            do {
                bytes = try await socket.read(atMost: 16 * 1024)
            } catch SocketError.disconnected {
                if buffer.isEmpty { return nil }
                throw SocketError.disconnected
            }
            buffer.append(bytes)
        }
    }

    /// Reads and drops `count` bytes of body (the part already buffered first).
    private func discardBody(_ count: Int, from buffer: inout RequestBuffer) async throws {
        var left = count - buffer.drop(upTo: count)
        while left > 0 {
            left -= try await socket.read(atMost: min(left, 16 * 1024)).count
        }
    }

    private func send(_ reply: HTTPReply, includeBody: Bool, keepsAlive: Bool) async throws {
        registry.setDeadline(clock.now + limits.writeTime, for: id)
        try await socket.write(reply.wire(includeBody: includeBody, keepsAlive: keepsAlive))
    }
}
