import Dispatch
import Synchronization

/// Independent jobs run side by side on the cores, their results returned in job order. Each job is a function
/// of its index alone, so the results do not depend on scheduling or on the number of cores. Jobs are started
/// in index order: put the longest first.
enum InOrderJobs {
    /// `[job(0), job(1), …, job(count - 1)]`, computed on all cores.
    static func run<Output: Sendable>(count: Int, _ job: @Sendable (Int) -> Output) -> [Output] {
        let slots = Mutex<[Output?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let output = job(index)
            slots.withLock { $0[index] = output }
        }
        // concurrentPerform returns only after every job has stored its output, so no slot is nil.
        return slots.withLock { $0.compactMap { $0 } }
    }
}
