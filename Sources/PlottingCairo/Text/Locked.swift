import Platform

/// A value reachable only while holding a lock: the shape of `Synchronization.Mutex`, over a `pthread_mutex_t`.
///
/// Not `Mutex` itself because on Linux it waits with raw futex calls that ThreadSanitizer does not see, so a
/// TSan run reports every access made under it as a race; a pthread mutex it understands.
final class Locked<Value>: @unchecked Sendable {
    // @unchecked: `value` is only reached inside `withLock`, holding `mutex` (heap-allocated: a stable address).
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    /// Protects `value`, which nothing else may reach any more.
    init(_ value: sending Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` on the value while holding the lock; `body` must not keep the value or anything it owns.
    /// Not reentrant: `body` must not call `withLock` on the same lock.
    func withLock<R: Sendable>(_ body: (inout Value) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
