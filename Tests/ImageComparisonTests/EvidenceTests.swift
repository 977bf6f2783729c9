import Foundation
import Testing

@testable import ImageComparison

@Suite struct EvidenceTests {
    let expected = RGBAImage(width: 20, height: 10, filledWith: RGBAPixel(red: 0, green: 0, blue: 0))

    @Test func diffMarksChangedPixelsOverFadedGreyscale() throws {
        var actual = expected
        actual[10, 5] = RGBAPixel(red: 1, green: 0, blue: 0)
        let diff = DiffImage.make(expected: expected, actual: actual)
        #expect(diff[10, 5] == DiffImage.changed)
        #expect(diff[12, 5] == DiffImage.halo && diff[13, 8] == DiffImage.halo)
        #expect(diff[0, 0] == RGBAPixel(red: 192, green: 192, blue: 192))
        #expect(diff[14, 5] == RGBAPixel(red: 192, green: 192, blue: 192))
    }

    @Test func diffOfDifferentSizesCoversBoth() throws {
        let bigger = RGBAImage(width: 22, height: 10, filledWith: RGBAPixel(red: 0, green: 0, blue: 0))
        let diff = DiffImage.make(expected: expected, actual: bigger)
        #expect(diff.width == 22 && diff[21, 0] == DiffImage.changed && diff[0, 0] != DiffImage.changed)
    }

    /// Found by fuzzing (Fuzz/PNGCompareFuzz.swift): a 100000×1 and a 1×100000 PNG, 366 bytes together, once
    /// asked for a 100000×100000 diff (10 GB of masks and pixels).
    @Test func aDiffIsNeverLargerThanTheLargerImage() {
        let wide = RGBAImage(width: 100_000, height: 1, filledWith: .white)
        let tall = RGBAImage(width: 1, height: 100_000, filledWith: .white)
        let diff = DiffImage.make(expected: wide, actual: tall)
        #expect(diff.width * diff.height <= 100_000)
    }

    @Test func evidenceFolderHoldsImagesReportAndPage() throws {
        var actual = expected
        actual[3, 3] = RGBAPixel(red: 0, green: 0, blue: 0, alpha: 200)
        let result = PixelComparator().compare(expected: expected, actual: actual, tolerance: nil)
        let root = NSTemporaryDirectory() + "evidence-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = ComparisonReport(
            name: "fig4-1 png", expectedPath: "figures/fig4-1.png", actualPath: "/tmp/a.png", result: result)
        let entry = try FailureEvidence.write(
            to: root + "/fig4-1", relativeTo: root, report: report, expected: expected,
            actual: actual, acceptCommand: "cp /tmp/a.png figures/fig4-1.png")
        #expect(try PNGCodec.decode(contentsOf: root + "/fig4-1/actual.png") == actual)
        #expect(try PNGCodec.decode(contentsOf: root + "/fig4-1/expected.png") == expected)
        #expect(try PNGCodec.decode(contentsOf: root + "/fig4-1/diff.png")[3, 3] == DiffImage.changed)
        let json = try JSONDecoder().decode(
            ComparisonReport.self, from: Data(contentsOf: URL(fileURLWithPath: root + "/fig4-1/report.json")))
        #expect(
            json == report && json.differingPixels == 1 && json.maxDifference == 55
                && json.worstTile == WorstTile(x: 0, y: 0, differingPixels: 1))
        #expect(entry.diffImage == "fig4-1/diff.png")
        let html = RunReportPage(
            title: "golden <run>", entries: [entry, .init(title: "ok", summary: "identical", passed: true)]
        ).html
        #expect(
            html.contains("<img src=\"fig4-1/expected.png\"") && html.contains("fig4-1/actual.png")
                && html.contains("fig4-1/diff.png"))
        #expect(html.contains("cp /tmp/a.png figures/fig4-1.png") && html.contains("golden &lt;run&gt;"))
        #expect(html.contains("1 of 2 comparisons failed"))
    }
}
