import Foundation
import ImageComparison
import Plotting
import PlottingCairo
import Testing

/// The golden machinery run end to end on stand-in figures rendered with the plotting API.
@Suite struct GoldenRunTests {
    /// Writes `figures` (name → figure) as PNG, SVG and PDF into a new folder.
    static func render(_ figures: [String: SmallFigure], into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, figure) in figures {
            for format in [OutputFormat.png, .svg, .pdf] {
                try Data(figure.render(format)).write(to: URL(fileURLWithPath: "\(folder)/\(name).\(format.rawValue)"))
            }
        }
    }

    static let standIns: [String: SmallFigure] = ["sine": SmallFigure(), "cosine": SmallFigure(function: { cos($0) })]

    func run(fresh: [String: SmallFigure], root: String) throws -> GoldenRun.Summary {
        try Self.render(Self.standIns, into: root + "/goldens")
        try Self.render(fresh, into: root + "/fresh")
        try Self.render(Dictionary(uniqueKeysWithValues: fresh.reversed()), into: root + "/second")
        return try GoldenRun(
            goldens: root + "/goldens", fresh: root + "/fresh", second: root + "/second",
            evidence: root + "/evidence", tolerances: GoldenTolerances()
        ).run()
    }

    @Test func unchangedFiguresPass() throws {
        let root = NSTemporaryDirectory() + "golden-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try run(fresh: Self.standIns, root: root)
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        // 2 PNG + 2 canonical SVG + 2 rasterised SVG + 2 PDF + 6 determinism checks
        #expect(summary.passed == 14)
        for (name, measure) in summary.svgRaster.sorted(by: { $0.key < $1.key }) {
            print("svg raster \(name): \(measure.summary)")
            #expect(measure.outsideText.verdict == .identical, "lines, fills and markers must rasterise identically")
            #expect(
                measure.whole.differingPixels > 0 && measure.textPixels > 0,
                "the text mask must have found the tick labels")
        }
    }

    @Test func aWiderLineFailsNamingTheFigureWithEvidence() throws {
        let root = NSTemporaryDirectory() + "golden-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        var fresh = Self.standIns
        fresh["sine"]?.lineWidth = Theme.matplotlib.lineWidth + 0.1
        let summary = try run(fresh: fresh, root: root)
        #expect(summary.failures.contains { $0.hasPrefix("sine.png:") })
        #expect(summary.failures.contains { $0.hasPrefix("sine.svg (canonical SVG):") })
        #expect(summary.failures.contains { $0.hasPrefix("sine.pdf:") })
        #expect(!summary.failures.contains { $0.hasPrefix("cosine") })
        for file in ["expected.png", "actual.png", "diff.png", "report.json"] {
            #expect(FileManager.default.fileExists(atPath: root + "/evidence/sine.png/" + file), "\(file)")
        }
        let html = try String(contentsOfFile: summary.page, encoding: .utf8)
        #expect(html.contains("sine.png/diff.png") && html.contains("make golden"))
    }

    @Test func missingAndStaleGoldensFail() throws {
        let root = NSTemporaryDirectory() + "golden-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try run(
            fresh: ["sine": SmallFigure(), "tangent": SmallFigure(function: { tan($0) })], root: root)
        #expect(summary.failures.contains { $0.hasPrefix("tangent.png:") && $0.contains("no golden") })
        #expect(summary.failures.contains { $0.hasPrefix("cosine.png:") && $0.contains("stale golden") })
    }

    @Test func nonDeterministicRenderFails() throws {
        let root = NSTemporaryDirectory() + "golden-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try run(fresh: Self.standIns, root: root)
        var other = SmallFigure()
        other.lineColor.green += 1 / 255
        try Data(other.render(.pdf)).write(to: URL(fileURLWithPath: root + "/second/sine.pdf"))
        try Data(other.render(.png)).write(to: URL(fileURLWithPath: root + "/second/sine.png"))
        let summary = try GoldenRun(
            goldens: root + "/goldens", fresh: root + "/fresh", second: root + "/second",
            evidence: root + "/evidence2", tolerances: GoldenTolerances()
        ).run()
        #expect(
            Set(summary.failures.map { String($0.prefix { $0 != ":" }) }) == [
                "sine.pdf (rendered twice)", "sine.png (rendered twice)",
            ])
    }
}

extension GoldenRunTests {
    @Test func anSVGThatDrawsSomethingElseThanThePNGFails() throws {
        let root = NSTemporaryDirectory() + "golden-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try run(fresh: Self.standIns, root: root)
        let wrong = SmallFigure(lineWidth: Theme.matplotlib.lineWidth + 0.5)
        try Data(wrong.render(.svg)).write(to: URL(fileURLWithPath: root + "/fresh/sine.svg"))
        try Data(wrong.render(.svg)).write(to: URL(fileURLWithPath: root + "/second/sine.svg"))
        let summary = try GoldenRun(
            goldens: root + "/goldens", fresh: root + "/fresh", second: root + "/second",
            evidence: root + "/evidence2", tolerances: GoldenTolerances()
        ).run()
        #expect(
            summary.failures.contains {
                $0.hasPrefix("sine.svg (rsvg-convert vs PNG):") && $0.contains("outside text: different")
            })
        #expect(FileManager.default.fileExists(atPath: root + "/evidence2/sine.svg-raster/diff.png"))
    }
}

extension GoldenRunTests {
    @Test func unneededTolerancesAreReported() throws {
        let root = NSTemporaryDirectory() + "golden-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try run(fresh: Self.standIns, root: root)
        let loose = GoldenTolerances.Declared(
            tolerance: FuzzyTolerance(maxDifference: 0...2, totalPixels: 0...40), reason: "test")
        let tolerances = GoldenTolerances(
            svgRaster: loose, files: ["sine.png": loose, "cosine.svg": loose, "gone.png": loose])
        let summary = try GoldenRun(
            goldens: root + "/goldens", fresh: root + "/fresh", second: nil,
            evidence: root + "/evidence2", tolerances: tolerances
        ).run()
        #expect(summary.failures.isEmpty)
        for expected in [
            "sine.png: the declared tolerance is unnecessary", "cosine.svg: the rasterisation matches",
            "the svgRaster tolerance is unnecessary", "gone.png, which the render does not produce",
        ] {
            #expect(summary.notes.contains { $0.contains(expected) }, "\(expected) in \(summary.notes)")
        }
    }
}
