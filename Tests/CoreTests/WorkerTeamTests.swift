import Foundation
import Synchronization
import Testing

@testable import Core

@Suite("Worker team")
struct WorkerTeamTests {
    @Test("every piece runs exactly once, on a thread index below the team size, job after job", arguments: [1, 2, 4])
    func eachPieceOnce(threads: Int) {
        let team = WorkerTeam(threads: threads)
        #expect((1...threads).contains(team.size))
        // Slot `piece` is written only by that piece, as the team's contract asks.
        let runs = UnsafeMutablePointer<Int>.allocate(capacity: 140),
            threadSeen = UnsafeMutablePointer<Int>.allocate(capacity: 140)
        defer {
            runs.deallocate()
            threadSeen.deallocate()
        }
        for pieces in [1, 2, 3, 17, 140] {
            for _ in 0..<200 {
                runs.update(repeating: 0, count: pieces)
                team.run(pieces: pieces) { piece, thread in
                    runs[piece] += 1
                    threadSeen[piece] = thread
                }
                #expect((0..<pieces).allSatisfy { runs[$0] == 1 && (0..<team.size).contains(threadSeen[$0]) })
            }
        }
    }

    @Test("what the pieces wrote is visible to the caller when run returns; zero pieces run nothing")
    func resultsVisible() {
        let team = WorkerTeam(threads: 2)
        let output = UnsafeMutablePointer<Int>.allocate(capacity: 64)
        defer { output.deallocate() }
        for round in 0..<2000 {
            team.run(pieces: 64) { piece, _ in output[piece] = piece * round }
            #expect((0..<64).allSatisfy { output[$0] == $0 * round })
        }
        var ran = false
        team.run(pieces: 0) { _, _ in ran = true }
        #expect(!ran)
    }

    @Test("more pieces than the claim word counts (65,535) run as consecutive jobs, each piece once")
    func manyPieces() {
        let team = WorkerTeam(threads: 2)
        let pieces = 150_000
        let runs = UnsafeMutablePointer<UInt8>.allocate(capacity: pieces)
        defer { runs.deallocate() }
        runs.update(repeating: 0, count: pieces)
        team.run(pieces: pieces) { piece, _ in runs[piece] &+= 1 }
        #expect((0..<pieces).allSatisfy { runs[$0] == 1 })
    }

    @Test("teams are stopped and their threads joined when released")
    func manyTeams() {
        for _ in 0..<50 {
            let team = WorkerTeam(threads: 2)
            let sum = Atomic<Int>(0)
            team.run(pieces: 10) { piece, _ in sum.add(piece, ordering: .relaxed) }
            #expect(sum.load(ordering: .relaxed) == 45)
        }
    }

    @Test("a body that calls run gets all its pieces run, on its own thread, and so does its own job")
    func nestedRun() {
        let team = WorkerTeam(threads: 2)
        for _ in 0..<300 {
            let outer = Tally(slots: 8), inner = Tally(slots: 8 * 5), innerThreads = Tally(slots: team.size)
            team.run(pieces: 8) { piece, _ in
                team.run(pieces: 5) { innerPiece, thread in
                    inner.add(piece * 5 + innerPiece)
                    innerThreads.add(thread)
                }
                outer.add(piece)
            }
            #expect(outer.counts == Array(repeating: 1, count: 8) && inner.counts == Array(repeating: 1, count: 40))
            #expect(innerThreads.counts.first == 40)
        }
    }

    @Test("callers on several threads share one team: each job's pieces run exactly once")
    func concurrentCallers() {
        let team = WorkerTeam(threads: 2)
        let callers = 3, jobs = 5000, pieces = 16
        let tallies = (0..<callers).map { _ in Tally(slots: jobs * pieces) }
        let ready = Gate(parties: callers)
        let finished = (0..<callers).map { caller in
            let done = DispatchSemaphore(value: 0), tally = tallies[caller]
            Thread {
                ready.arriveAndWait()  // all callers start together, so their jobs overlap
                for job in 0..<jobs { team.run(pieces: pieces) { piece, _ in tally.add(job * pieces + piece) } }
                done.signal()
            }.start()
            return done
        }
        for done in finished { done.wait() }
        let wrong = tallies.map { tally in tally.counts.count { $0 != 1 } }
        #expect(wrong == Array(repeating: 0, count: callers), "pieces not run exactly once, per caller")
    }
}

/// Holds threads until `parties` of them have arrived.
private final class Gate: Sendable {
    private let arrived = Atomic<Int>(0)
    private let parties: Int

    init(parties: Int) { self.parties = parties }

    func arriveAndWait() {
        arrived.add(1, ordering: .acquiringAndReleasing)
        while arrived.load(ordering: .acquiring) < parties { sched_yield() }
    }
}

/// How often each slot was counted, from any thread (atomics, which ThreadSanitizer sees, unlike `Mutex`).
private final class Tally: Sendable {
    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }

    private let slots: [Counter]

    init(slots count: Int) { slots = (0..<count).map { _ in Counter() } }

    func add(_ slot: Int) { slots[slot].value.add(1, ordering: .relaxed) }

    var counts: [Int] { slots.map { $0.value.load(ordering: .relaxed) } }
}
