import Foundation

/// The golden check of an animated GIF: both files decoded with giflib (`GIFDecoder`), then compared exactly —
/// the frame count, each frame's delay, the number of plays, and every pixel of every composed frame. On a
/// difference the first differing frame is written as expected and actual PNGs into `evidence` for the report.
struct GIFGoldenComparison {
    let goldenPath: String
    let actualPath: String
    /// The evidence folder of this file (created on a failure).
    let evidence: String
    /// The folder's path relative to the report page.
    let relativeEvidence: String
    /// The command that accepts the actual file.
    let accept: String

    func run(title: String) throws -> RunReportPage.Entry {
        let expected = try GIFDecoder.decode(contentsOf: goldenPath)
        let actual = try GIFDecoder.decode(contentsOf: actualPath)
        let fail = { (summary: String) in
            RunReportPage.Entry(title: title, summary: summary, passed: false, acceptCommand: accept)
        }
        guard expected.width == actual.width, expected.height == actual.height else {
            return fail(
                "size \(actual.width) × \(actual.height) instead of \(expected.width) × \(expected.height)")
        }
        guard expected.frames.count == actual.frames.count else {
            return fail("\(actual.frames.count) frames instead of \(expected.frames.count)")
        }
        if let index = expected.delays.indices.first(where: { expected.delays[$0] != actual.delays[$0] }) {
            return fail(
                "frame \(index) is shown \(actual.delays[index]) cs instead of \(expected.delays[index]) cs")
        }
        guard expected.plays == actual.plays else {
            return fail("plays \(actual.plays) times instead of \(expected.plays) (0: forever)")
        }
        for index in expected.frames.indices where expected.frames[index] != actual.frames[index] {
            let differing = Self.differingPixels(expected.frames[index], actual.frames[index])
            try FileManager.default.createDirectory(atPath: evidence, withIntermediateDirectories: true)
            try PNGCodec.write(expected.frames[index], to: evidence + "/expected.png")
            try PNGCodec.write(actual.frames[index], to: evidence + "/actual.png")
            var entry = fail(
                "frame \(index) of \(expected.frames.count) differs in \(differing) pixels (the first differing frame is shown)"
            )
            entry.expectedImage = relativeEvidence + "/expected.png"
            entry.actualImage = relativeEvidence + "/actual.png"
            return entry
        }
        let total = Double(expected.delays.reduce(0, +)) / 100
        return RunReportPage.Entry(
            title: title,
            summary:
                "\(expected.frames.count) frames, \(String(format: "%.2f", total)) s, every decoded pixel identical",
            passed: true)
    }

    /// How many pixels differ between two images of the same size.
    static func differingPixels(_ a: RGBAImage, _ b: RGBAImage) -> Int {
        var count = 0
        var index = 0
        while index + 3 < min(a.bytes.count, b.bytes.count) {
            if a.bytes[index..<index + 4] != b.bytes[index..<index + 4] { count += 1 }
            index += 4
        }
        return count
    }
}
