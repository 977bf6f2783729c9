import Foundation
import PlottingCairo
import Testing

@testable import ImageComparison
@testable import PlottingAnimation

/// The golden check of animated GIFs compares decoded frames, delays and plays exactly, and can fail.
@Suite struct GIFGoldenComparisonTests {
    /// A GIF of `frames` (each a list of RGBA pixels of a 4 × 3 image) shown `durations` seconds each.
    static func gif(_ frames: [[UInt8]], durations: [Double], loopCount: Int = 0) throws -> [UInt8] {
        var encoder = try GIFEncoder(
            header: AnimationHeader(width: 4, height: 3, durations: durations, loopCount: loopCount))
        for (index, rgba) in frames.enumerated() {
            try encoder.add(RasterImage(width: 4, height: 3, rgba: rgba), index: index)
        }
        return try encoder.finish()
    }

    static let white = [UInt8](repeating: 255, count: 48)
    static var dotted: [UInt8] {
        var pixels = white
        pixels[20...22] = [31, 119, 180]
        return pixels
    }

    func compare(_ golden: [UInt8], _ actual: [UInt8]) throws -> RunReportPage.Entry {
        let folder = NSTemporaryDirectory() + "gif-golden-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(golden).write(to: URL(fileURLWithPath: folder + "/golden.gif"))
        try Data(actual).write(to: URL(fileURLWithPath: folder + "/actual.gif"))
        let entry = try GIFGoldenComparison(
            goldenPath: folder + "/golden.gif", actualPath: folder + "/actual.gif", evidence: folder + "/evidence",
            relativeEvidence: "evidence", accept: "cp"
        ).run(title: "a.gif")
        if !entry.passed, entry.expectedImage != nil {
            #expect(FileManager.default.fileExists(atPath: folder + "/evidence/expected.png"))
            #expect(FileManager.default.fileExists(atPath: folder + "/evidence/actual.png"))
        }
        return entry
    }

    @Test func theSameAnimationPasses() throws {
        let a = try Self.gif([Self.white, Self.dotted], durations: [0.1, 0.5])
        let entry = try compare(a, a)
        #expect(entry.passed)
        #expect(entry.summary == "2 frames, 0.60 s, every decoded pixel identical")
    }

    @Test func onePixelOfOneFrameFails() throws {
        var moved = Self.white
        moved[24...26] = [31, 119, 180]
        let entry = try compare(
            Self.gif([Self.white, Self.dotted], durations: [0.1, 0.1]),
            Self.gif([Self.white, moved], durations: [0.1, 0.1]))
        #expect(!entry.passed)
        #expect(entry.summary == "frame 1 of 2 differs in 2 pixels (the first differing frame is shown)")
    }

    @Test func timingFrameCountAndPlaysAreCompared() throws {
        let golden = try Self.gif([Self.white, Self.dotted], durations: [0.1, 0.1])
        #expect(
            try compare(golden, Self.gif([Self.white, Self.dotted], durations: [0.1, 0.2])).summary
                == "frame 1 is shown 20 cs instead of 10 cs")
        #expect(
            try compare(golden, Self.gif([Self.white], durations: [0.1])).summary == "1 frames instead of 2")
        #expect(
            try compare(golden, Self.gif([Self.white, Self.dotted], durations: [0.1, 0.1], loopCount: 2)).summary
                == "plays 2 times instead of 0 (0: forever)")
    }
}
