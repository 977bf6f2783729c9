import Synchronization

/// The open connections: how many (for the limit), the task serving each, and the instant by which each must
/// have made progress. One sweep a second (`closeExpired`) cancels the tasks past their deadline, so a
/// thousand idle or slow clients cost one timer, not a thousand.
final class ConnectionRegistry: Sendable {
    private let state = Mutex(State())
    private let limit: Int

    private struct State {
        var entries: [Int: Entry] = [:]
        var nextID = 0
    }

    private struct Entry {
        var task: Task<Void, Never>?
        var deadline: ContinuousClock.Instant
    }

    init(limit: Int) { self.limit = limit }

    /// The connections open now.
    var count: Int { state.withLock { $0.entries.count } }

    /// Takes a place for a new connection that must send its request by `deadline`; nil when all are taken.
    func open(deadline: ContinuousClock.Instant) -> Int? {
        state.withLock { state in
            guard state.entries.count < limit else { return nil }
            state.nextID &+= 1
            state.entries[state.nextID] = Entry(task: nil, deadline: deadline)
            return state.nextID
        }
    }

    /// Records the task serving connection `id` (cancelled at once if the connection already expired).
    func attach(_ task: Task<Void, Never>, to id: Int) {
        let known = state.withLock { state in
            guard state.entries[id] != nil else { return false }
            state.entries[id]?.task = task
            return true
        }
        if !known { task.cancel() }
    }

    /// Moves connection `id`'s deadline.
    func setDeadline(_ deadline: ContinuousClock.Instant, for id: Int) {
        state.withLock { $0.entries[id]?.deadline = deadline }
    }

    /// Gives back connection `id`'s place.
    func close(_ id: Int) {
        state.withLock { _ = $0.entries.removeValue(forKey: id) }
    }

    /// Cancels the tasks of the connections whose deadline is before `now` and forgets them.
    func closeExpired(now: ContinuousClock.Instant) {
        let expired: [Task<Void, Never>?] = state.withLock { state in
            let late = state.entries.filter { $0.value.deadline < now }
            for id in late.keys { state.entries.removeValue(forKey: id) }
            return late.values.map(\.task)
        }
        for task in expired { task?.cancel() }
    }

    /// Cancels every connection's task (the server is stopping) and returns them to wait on.
    func closeAll() -> [Task<Void, Never>] {
        let tasks = state.withLock { state in
            defer { state.entries = [:] }
            return state.entries.values.compactMap(\.task)
        }
        for task in tasks { task.cancel() }
        return tasks
    }
}
