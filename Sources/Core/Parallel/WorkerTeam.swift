import Foundation
import Platform
import Synchronization

/// The calling thread plus a few persistent helper threads that run the pieces of one job side by side.
///
/// A training step is a few products of ~0.1 ms each. Waking a dispatch worker for every one costs tens of
/// microseconds, which ate the whole gain of a second core; here idle helpers spin on an atomic word, so a job
/// reaches them in well under a microsecond, and fall back to `sched_yield` so a busy machine still gets its
/// core. Pieces are claimed one at a time by whichever thread is free (the caller takes part), so a job
/// finishes even if a helper is never scheduled, and on a one-core machine the caller simply runs them all.
///
/// What a job computes must not depend on which thread runs which piece: give each piece its own output, and
/// per-thread scratch by the `thread` index passed to the body (0 is the caller, 1… the helpers).
/// Helpers spin only while the team exists; `deinit` stops and joins them.
///
/// Sendable because `run` is safe to call from any thread, from several at once, and from inside a body: the
/// helpers serve one job at a time, and a caller that finds them busy runs its pieces itself, on its own
/// thread as thread 0 — the same result, by the rule above, only not spread. (Thread indices are per job.)
final class WorkerTeam: Sendable {
    /// Threads that run pieces, the caller included (at least 1).
    let size: Int
    private let state: WorkerTeamState
    private let finished: [DispatchSemaphore]

    /// A team of `threads` threads (the caller and `threads − 1` helpers), capped at the processors this
    /// process may use: more threads than cores would only spin against each other.
    init(threads: Int) {
        size = max(1, min(threads, ProcessInfo.processInfo.activeProcessorCount))
        let state = WorkerTeamState()
        self.state = state
        finished = (1..<size).map { thread in
            let exited = DispatchSemaphore(value: 0)
            let helper = Thread {
                state.helperLoop(thread: thread)
                exited.signal()
            }
            helper.name = "dlplot-worker-\(thread)"
            helper.start()
            return exited
        }
    }

    deinit {
        state.stopping.store(true, ordering: .releasing)
        for exited in finished { exited.wait() }
    }

    /// Runs `body(piece, thread)` for every piece in `0 ..< pieces`, spread over the team; returns when all have
    /// finished. `body` runs on several threads at once: each call must write only what belongs to its piece
    /// or its thread. While the team runs another job (a call from another thread, or from inside a body),
    /// the pieces all run on the calling thread.
    func run(pieces: Int, _ body: (_ piece: Int, _ thread: Int) -> Void) {
        guard pieces > 0 else { return }
        guard size > 1, pieces > 1, state.reserve() else {
            for piece in 0..<pieces { body(piece, 0) }
            return
        }
        defer { state.release() }
        // The claim word counts pieces in 16 bits: more run as consecutive jobs of at most that many.
        var first = 0
        while first < pieces {
            let count = min(WorkerTeamState.maximumPieces, pieces - first)
            withoutActuallyEscaping({ body(first + $0, $1) }) { escapable in
                state.publish(pieces: count, job: escapable)
                state.claimPieces(thread: 0)
                state.waitForAll()
                state.retire()
            }
            first += count
        }
    }
}

/// The shared words of a `WorkerTeam`.
///
/// `claim` packs the job's generation (upper 32 bits), its piece count (16 bits) and the next unclaimed piece
/// (16 bits), so a thread claims a piece with one compare-and-swap that fails if a newer job has started.
/// `job` and `generation` are written only by the caller that holds `reserved`, and `job` only while no piece
/// is claimed or running (before publishing and after every piece has finished); `job` is read by a thread only
/// after it has claimed a piece of that job, which keeps the job from finishing. The release/acquire pairs on
/// `reserved`, `claim` and `unfinished` order those accesses.
final class WorkerTeamState: Sendable {
    static let maximumPieces = 0xFFFF
    /// Checks a waiting thread makes before it starts yielding (about a millisecond). Shorter spins put a
    /// `sched_yield` into almost every hand-over of a training step, which cost more than the second core gave.
    static let spinsBeforeYield = 1 << 20

    let claim = Atomic<UInt64>(0)
    let unfinished = Atomic<Int>(0)
    let stopping = Atomic<Bool>(false)
    /// True while a caller owns the helpers (from `reserve` to `release`).
    private let reserved = Atomic<Bool>(false)
    // Unsafe but race-free, as the type's comment explains: `job` (a non-Sendable closure the helpers call
    // under the contract of `WorkerTeam.run`) and `generation` are written only by the reserving caller.
    nonisolated(unsafe) private var job: ((Int, Int) -> Void)?
    nonisolated(unsafe) private var generation: UInt64 = 0

    /// Takes the helpers for one caller's jobs; false if another caller has them.
    func reserve() -> Bool {
        reserved.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
    }

    /// Hands the helpers back (the reserving caller only, after its last job).
    func release() { reserved.store(false, ordering: .releasing) }

    /// Makes `job` with `pieces` pieces available (caller only).
    func publish(pieces: Int, job: @escaping (Int, Int) -> Void) {
        self.job = job
        generation = (generation + 1) & 0xFFFF_FFFF
        unfinished.store(pieces, ordering: .relaxed)
        claim.store(generation << 32 | UInt64(pieces) << 16, ordering: .releasing)
    }

    /// Drops the finished job (caller only, after `waitForAll`).
    func retire() { job = nil }

    /// Claims and runs pieces of the current job until none is left.
    func claimPieces(thread: Int) {
        var word = claim.load(ordering: .acquiring)
        while true {
            let pieces = (word >> 16) & 0xFFFF, next = word & 0xFFFF
            guard next < pieces else { return }
            let (claimed, current) = claim.compareExchange(
                expected: word, desired: word + 1, ordering: .acquiringAndReleasing)
            guard claimed else {
                word = current
                continue
            }
            runClaimed(piece: Int(next), thread: thread)
            unfinished.subtract(1, ordering: .releasing)
            word = claim.load(ordering: .acquiring)
        }
    }

    /// Runs one claimed piece; the job's closure is released before the piece counts as finished.
    private func runClaimed(piece: Int, thread: Int) {
        job?(piece, thread)
    }

    /// Spins until every piece of the current job has finished (caller only).
    func waitForAll() {
        var spins = 0
        while unfinished.load(ordering: .acquiring) > 0 { Self.pause(&spins) }
    }

    /// A helper's life: wait for a job with unclaimed pieces, take part, repeat until stopped.
    func helperLoop(thread: Int) {
        var spins = 0
        while !stopping.load(ordering: .acquiring) {
            let word = claim.load(ordering: .acquiring)
            if word & 0xFFFF < (word >> 16) & 0xFFFF {
                claimPieces(thread: thread)
                spins = 0
            } else {
                Self.pause(&spins)
            }
        }
    }

    /// Busy-waits a little, then yields the processor on every call.
    static func pause(_ spins: inout Int) {
        if spins < spinsBeforeYield {
            spins += 1
        } else {
            sched_yield()
        }
    }
}
