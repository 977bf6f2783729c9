import Dispatch
import Synchronization
import Testing

@testable import FigureServer

/// The render queue: renders beyond the running and waiting places are refused 503 at once, a render past
/// the time limit is answered 503, and a stopped queue refuses what waits.
struct RenderQueueTests {
    /// A render that blocks its (render) thread until `release()`.
    final class Gate: Sendable {
        private let began = Atomic(false)
        private let open = DispatchSemaphore(value: 0)
        func render() -> HTTPReply {
            began.store(true, ordering: .sequentiallyConsistent)
            open.wait()
            return HTTPReply(status: 200, contentType: "text/plain", body: Array("drawn".utf8))
        }
        func release() { open.signal() }
        /// Returns once the render has begun (polling, without blocking a cooperative thread).
        func started() async {
            while !began.load(ordering: .sequentiallyConsistent) { try? await Task.sleep(for: .milliseconds(2)) }
        }
    }

    private func limits(workers: Int, waiting: Int, time: Duration = .seconds(30)) -> ServerLimits {
        var limits = ServerLimits()
        limits.renderWorkers = workers
        limits.waitingRenders = waiting
        limits.renderTimeLimit = time
        return limits
    }

    @Test func aRenderPastTheWaitingPlacesIs503WithRetryAfter() async {
        let queue = RenderQueue(limits: limits(workers: 1, waiting: 1))
        defer { queue.stop() }
        let running = Gate()
        let waiting = Gate()
        async let first = queue.run { running.render() }
        await running.started()
        async let second = queue.run { waiting.render() }
        while queue.waitingCount < 1 { try? await Task.sleep(for: .milliseconds(2)) }
        // The second waits in the one waiting place; a third finds no place.
        let third = await queue.run { HTTPReply(status: 200, contentType: "text/plain", body: []) }
        #expect(third.status == 503)
        #expect(third.headers.contains { $0.name == "Retry-After" && $0.value == "1" })
        running.release()
        waiting.release()
        #expect(await first.status == 200)
        #expect(await second.status == 200)
    }

    @Test func aRenderPastTheTimeLimitIs503() async {
        let queue = RenderQueue(limits: limits(workers: 1, waiting: 4, time: .milliseconds(50)))
        defer { queue.stop() }
        let slow = Gate()
        let reply = await queue.run { slow.render() }
        #expect(reply.status == 503)
        #expect(String(decoding: reply.body, as: UTF8.self).contains("drawing took over"))
        slow.release()
        // The thread is free again once the slow render ends.
        #expect(await queue.run { HTTPReply(status: 200, contentType: "text/plain", body: []) }.status == 200)
    }

    @Test func aStoppedQueueRefusesWhatWaitsAndWhatComes() async {
        let queue = RenderQueue(limits: limits(workers: 1, waiting: 4))
        let running = Gate()
        async let first = queue.run { running.render() }
        await running.started()
        async let queued = queue.run { HTTPReply(status: 200, contentType: "text/plain", body: []) }
        while queue.waitingCount < 1 { try? await Task.sleep(for: .milliseconds(2)) }
        queue.stop()
        #expect(await queued.status == 503)
        #expect(await queue.run { HTTPReply(status: 200, contentType: "text/plain", body: []) }.status == 503)
        running.release()
        #expect(await first.status == 200)
    }
}
