import FlyingSocks
import Foundation
import Platform
import Synchronization

/// The figure API on a TCP socket: HTTP/1.1 (keep-alive, pipelining, `HEAD`) written here on FlyingSocks'
/// non-blocking sockets and epoll. Every request, whatever its path, goes to `FigureAPI`, so every reply carries
/// its headers and no request reaches the file system; drawing happens on the `RenderQueue`'s threads.
public final class FigureHTTPServer: Sendable {
    private let address: any SocketAddress
    private let api: FigureAPI
    private let limits: ServerLimits
    private let registry: ConnectionRegistry
    private let tasks = Mutex<[Task<Void, Never>]>([])
    private let state = Mutex<(listener: Socket?, renders: RenderQueue?)>((nil, nil))

    /// A server for `host` (an IPv4 or IPv6 address, or `localhost`) and `port` (0: the system picks one).
    /// Throws `ServerError.badHost` for a host that is not an address.
    public init(
        host: String, port: UInt16, api: FigureAPI = FigureAPI(), limits: ServerLimits = ServerLimits()
    )
        throws(ServerError)
    {
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
        self.api = api
        self.limits = limits
        self.registry = ConnectionRegistry(limit: limits.connections)
    }

    /// Binds, listens and starts serving in the background; returns the port listened on.
    /// Throws `ServerError.cannotListen` (the port in use, an address not on this machine …).
    public func start() async throws(ServerError) -> UInt16 {
        _ = SystemCalls.raiseOpenFileLimit(toward: limits.connections + 256)
        let listener: Socket
        let port: UInt16
        do {
            listener = try Socket(domain: Int32(type(of: address).family), type: .stream)
            try listener.setValue(true, for: .localAddressReuse)
            try listener.bind(to: address)
            try listener.listen(maxPendingConnection: 1024)
            switch try listener.sockname() {
            case .ip4(_, let bound), .ip6(_, let bound): port = bound
            default: port = 0
            }
        } catch {
            throw .cannotListen(Self.describe(error))
        }
        let pool = SocketPool.make(maxEvents: 256)
        let renders = RenderQueue(limits: limits)
        state.withLock { $0 = (listener, renders) }
        let accepting: Task<Void, Never>
        do {
            try await pool.prepare()
            let socket = try AsyncSocket(socket: listener, pool: pool)
            accepting = Task { [self] in await accept(on: socket, renders: renders) }
        } catch {
            try? listener.close()
            renders.stop()
            throw .cannotListen(Self.describe(error))
        }
        let polling = Task {
            do { try await pool.run() } catch {}
        }
        let sweep = min(.seconds(1), min(limits.idleTime, limits.writeTime) / 4)
        let sweeping = Task { [registry] in
            while !Task.isCancelled {
                try? await Task.sleep(for: sweep)
                registry.closeExpired(now: .now)
            }
        }
        tasks.withLock { $0 = [accepting, polling, sweeping] }
        return port
    }

    /// Stops listening, closes every connection, refuses the renders that wait, and returns once the server's
    /// tasks have ended (a render already running finishes on its thread).
    public func stop() async {
        let (listener, renders) = state.withLock { state in
            defer { state = (nil, nil) }
            return state
        }
        let background = tasks.withLock { tasks in
            defer { tasks = [] }
            return tasks
        }
        for task in background { task.cancel() }
        try? listener?.close()
        renders?.stop()
        for task in registry.closeAll() { await task.value }
        for task in background { await task.value }
    }

    /// Accepts connections until cancelled; one past the limit is answered 503 and closed.
    private func accept(on listener: AsyncSocket, renders: RenderQueue) async {
        while !Task.isCancelled {
            let socket: AsyncSocket
            do {
                socket = try await listener.accept()
            } catch {
                if Task.isCancelled { return }
                // Out of descriptors (EMFILE) or a connection reset before it was accepted: wait a little, go on.
                try? await Task.sleep(for: .milliseconds(10))
                continue
            }
            try? socket.socket.setValue(true, for: BoolSocketOption(level: Int32(IPPROTO_TCP), name: TCP_NODELAY))
            guard let id = registry.open(deadline: .now + limits.idleTime) else {
                Task { await Self.refuse(socket, limit: limits.connections) }
                continue
            }
            let connection = HTTPConnection(
                socket: socket, id: id, api: api, renders: renders, registry: registry, limits: limits)
            registry.attach(Task { await connection.serve() }, to: id)
        }
    }

    /// Answers a connection over the limit with 503 and closes it.
    private static func refuse(_ socket: AsyncSocket, limit: Int) async {
        let reply = RenderQueue.unavailable("the server has \(limit) connections open, its limit; try again")
        try? await socket.write(reply.wire(includeBody: true, keepsAlive: false))
        try? socket.close()
    }

    private static func describe(_ error: any Error) -> String {
        if case SocketError.failed(let type, let code, _) = error {
            if code == EADDRINUSE { return "the port is in use" }
            return "\(type) failed: \(SystemCalls.text(ofError: code))"
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
