import Dispatch
import Foundation
import Synchronization

/// Runs renders on a fixed set of threads (one per core by default), outside Swift's cooperative pool so that
/// a long render never stalls the sockets. At most `workers` run at once and at most `waiting` wait; a render
/// beyond that is answered at once with 503 and `Retry-After`. A render still running after `timeLimit` is
/// answered 503 (its thread finishes it and the result is dropped; the slot stays taken until then, so the
/// machine is never asked for more than `workers` renders at a time). A render that waited longer than
/// `timeLimit` before a thread was free is not started.
final class RenderQueue: Sendable {
    private let limits: ServerLimits
    private let state = Mutex(State())
    private let jobsReady = DispatchSemaphore(value: 0)
    private let clock = ContinuousClock()

    private struct State {
        var pending: [Job] = []
        var head = 0
        var stopped = false
        /// The renders running now and when each started, for the watchdog.
        var running: [ObjectIdentifier: (job: Job, started: ContinuousClock.Instant)] = [:]
        var waitingCount: Int { pending.count - head }
    }

    init(limits: ServerLimits) {
        self.limits = limits
        for index in 0..<limits.renderWorkers {
            let thread = Thread { [self] in work() }
            thread.name = "dlplot-render-\(index)"
            thread.start()
        }
        let watchdog = Thread { [self] in watch() }
        watchdog.name = "dlplot-render-watchdog"
        watchdog.start()
    }

    /// Runs `render` on a worker thread and returns its reply, or a 503 reply when the queue is full, the
    /// render waited or ran past the time limit, or the queue has stopped.
    func run(_ render: @escaping @Sendable () -> HTTPReply) async -> HTTPReply {
        await withCheckedContinuation { continuation in
            let job = Job(render: render, continuation: continuation, queued: clock.now)
            let refusal: HTTPReply? = state.withLock { state in
                if state.stopped { return Self.unavailable("the server is stopping") }
                guard state.waitingCount < limits.waitingRenders else {
                    return Self.unavailable(
                        "the server is busy: \(limits.renderWorkers) figures are being drawn and \(limits.waitingRenders) wait; try again in a second"
                    )
                }
                if state.head > 64 && state.head * 2 > state.pending.count {
                    state.pending.removeFirst(state.head)
                    state.head = 0
                }
                state.pending.append(job)
                return nil
            }
            if let refusal { job.answer(refusal) } else { jobsReady.signal() }
        }
    }

    /// The renders waiting for a thread now.
    var waitingCount: Int { state.withLock { $0.waitingCount } }

    /// Refuses what waits and lets the threads end once their current render is done.
    func stop() {
        let dropped: [Job] = state.withLock { state in
            state.stopped = true
            let waiting = Array(state.pending[state.head...])
            state.pending = []
            state.head = 0
            return waiting
        }
        for job in dropped { job.answer(Self.unavailable("the server is stopping")) }
        for _ in 0..<limits.renderWorkers { jobsReady.signal() }
    }

    private func work() {
        while true {
            jobsReady.wait()
            let next: Job?? = state.withLock { state in
                if state.stopped { return .some(nil) }
                guard state.head < state.pending.count else { return .none }
                defer { state.head += 1 }
                return .some(state.pending[state.head])
            }
            guard let taken = next else { continue }
            guard let job = taken else { return }
            let limit = limits.renderTimeLimit
            if clock.now - job.queued > limit {
                job.answer(Self.unavailable("the request waited over \(limit) for a free renderer; try again"))
                continue
            }
            let key = ObjectIdentifier(job)
            state.withLock { $0.running[key] = (job, clock.now) }
            let reply = job.render()
            state.withLock { _ = $0.running.removeValue(forKey: key) }
            job.answer(reply)
        }
    }

    /// Answers 503 for every render running past the time limit (its thread finishes it; the reply is dropped),
    /// looking a few times per limit: one thread for all renders, nothing kept per request.
    private func watch() {
        let limit = limits.renderTimeLimit
        let interval = Self.seconds(min(limit / 4, .milliseconds(250)))
        while true {
            Thread.sleep(forTimeInterval: interval)
            let now = clock.now
            let (late, stopped): ([Job], Bool) = state.withLock { state in
                let late = state.running.filter { now - $0.value.started > limit }
                for key in late.keys { state.running.removeValue(forKey: key) }
                return (late.values.map(\.job), state.stopped)
            }
            for job in late {
                job.answer(
                    Self.unavailable(
                        "drawing took over \(limit), the server's limit per figure; ask for fewer steps, frames or pixels"
                    ))
            }
            if stopped { return }
        }
    }

    /// 503 with `Retry-After: 1` and the message.
    static func unavailable(_ message: String) -> HTTPReply {
        .error(503, message, headers: [("Retry-After", "1")])
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// One render and the continuation of the request waiting for it, answered exactly once.
    private final class Job: Sendable {
        let render: @Sendable () -> HTTPReply
        let queued: ContinuousClock.Instant
        private let continuation: Mutex<CheckedContinuation<HTTPReply, Never>?>

        init(
            render: @escaping @Sendable () -> HTTPReply, continuation: CheckedContinuation<HTTPReply, Never>,
            queued: ContinuousClock.Instant
        ) {
            self.render = render
            self.queued = queued
            self.continuation = Mutex(continuation)
        }

        func answer(_ reply: HTTPReply) {
            continuation.withLock { $0.take() }?.resume(returning: reply)
        }
    }
}
