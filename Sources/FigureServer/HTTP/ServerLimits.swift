import Platform

/// The bounds that keep one client, or a thousand, from taking the server down: open connections, the size
/// of a request head, how long a client may take, how many renders run and wait, and how long one may run.
public struct ServerLimits: Sendable {
    /// Connections open at once; one more is answered 503 and closed (the default fits within the 1,024
    /// descriptors a process gets by default, after the renderers' own files).
    public var connections = 1000
    /// The largest request head (request line and fields) read, in bytes: beyond it, 431 (or 414 for the target).
    public var headBytes = HTTPRequestHead.maximumTargetBytes + 16 * 1024
    /// The largest request body read and discarded (a GET has none), in bytes: beyond it, 413.
    public var bodyBytes = 64 * 1024
    /// How long an open connection may stay silent before the next request, and how long a request head may
    /// take to arrive (slow clients are closed, not waited on).
    public var idleTime: Duration = .seconds(15)
    /// How long writing one reply may take before the connection is dropped.
    public var writeTime: Duration = .seconds(30)
    /// Renders that run at once: one per core.
    public var renderWorkers = max(1, SystemCalls.availableProcessors)
    /// Renders that wait for a free thread; one more is answered 503 with `Retry-After`.
    public var waitingRenders = 64
    /// The longest one render may run (or wait before it starts) before its request is answered 503.
    public var renderTimeLimit: Duration = .seconds(10)

    public init() {}
}
