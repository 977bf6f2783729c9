import ImageComparison
import Testing

@testable import PlottingAnimation

@Suite struct GIFTimingTests {
    @Test func delaysAreRoundedOnTheRunningTotal() throws {
        #expect(try GIFDelays.centiseconds(Array(repeating: 1.0 / 30, count: 6)) == [3, 3, 4, 3, 3, 4])
        #expect(try GIFDelays.centiseconds(Array(repeating: 0.1, count: 10)) == Array(repeating: 10, count: 10))
        let delays = try GIFDelays.centiseconds(Array(repeating: 1.0 / 7, count: 700))
        #expect(delays.reduce(0, +) == 10000)
    }

    @Test func delaysRefuseWhatAGIFCannotStore() {
        #expect(throws: AnimationError.self) { try GIFDelays.centiseconds([0.1, .nan]) }
        #expect(throws: AnimationError.self) { try GIFDelays.centiseconds([0]) }
        #expect(throws: AnimationError.self) { try GIFDelays.centiseconds([700]) }
    }

    @Test func theDecodedDelaysIncludeTheHold() throws {
        let frames = (0..<6).map { TestFrames.square(at: $0, $0) }
        let decoded = try GIFDecoder.decode(TestFrames.encode(frames, duration: 1.0 / 30, hold: 1), name: "d.gif")
        #expect(decoded.delays == [3, 3, 4, 3, 3, 104])
        #expect(abs(decoded.duration - 1.2) < 1e-9)
    }

    @Test(arguments: [(0, 0), (1, 1), (2, 2), (65535, 65535)])
    func theLoopCountComesBack(loopCount: Int, plays: Int) throws {
        let bytes = try TestFrames.encode(
            [TestFrames.square(at: 0, 0), TestFrames.square(at: 1, 1)], loopCount: loopCount)
        #expect(try GIFDecoder.decode(bytes, name: "loop.gif").plays == plays)
        #expect(bytes.contains(subsequence: Array("NETSCAPE2.0".utf8)) == (loopCount != 1))
    }
}

extension Array where Element == UInt8 {
    /// Whether `part` occurs somewhere in the array.
    func contains(subsequence part: [UInt8]) -> Bool {
        guard part.count <= count else { return false }
        return (0...(count - part.count)).contains { self[$0..<$0 + part.count].elementsEqual(part) }
    }
}
