import Synchronization
import Testing
@testable import Core

@Suite("Worker team")
struct WorkerTeamTests {
    @Test("every piece runs exactly once, on a thread index below the team size, job after job", arguments: [1, 2, 4])
    func eachPieceOnce(threads: Int) {
        let team = WorkerTeam(threads: threads)
        #expect((1 ... threads).contains(team.size))
        // Slot `piece` is written only by that piece, as the team's contract asks.
        let runs = UnsafeMutablePointer<Int>.allocate(capacity: 140), threadSeen = UnsafeMutablePointer<Int>.allocate(capacity: 140)
        defer { runs.deallocate(); threadSeen.deallocate() }
        for pieces in [1, 2, 3, 17, 140] {
            for _ in 0 ..< 200 {
                runs.update(repeating: 0, count: pieces)
                team.run(pieces: pieces) { piece, thread in
                    runs[piece] += 1
                    threadSeen[piece] = thread
                }
                #expect((0 ..< pieces).allSatisfy { runs[$0] == 1 && (0 ..< team.size).contains(threadSeen[$0]) })
            }
        }
    }

    @Test("what the pieces wrote is visible to the caller when run returns; zero pieces run nothing")
    func resultsVisible() {
        let team = WorkerTeam(threads: 2)
        let output = UnsafeMutablePointer<Int>.allocate(capacity: 64)
        defer { output.deallocate() }
        for round in 0 ..< 2000 {
            team.run(pieces: 64) { piece, _ in output[piece] = piece * round }
            #expect((0 ..< 64).allSatisfy { output[$0] == $0 * round })
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
        #expect((0 ..< pieces).allSatisfy { runs[$0] == 1 })
    }

    @Test("teams are stopped and their threads joined when released")
    func manyTeams() {
        for _ in 0 ..< 50 {
            let team = WorkerTeam(threads: 2)
            let sum = Atomic<Int>(0)
            team.run(pieces: 10) { piece, _ in sum.add(piece, ordering: .relaxed) }
            #expect(sum.load(ordering: .relaxed) == 45)
        }
    }
}
