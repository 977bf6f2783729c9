import FileOutput
import Foundation

/// How an SVG's rasterisation differs from the PNG of the same figure, outside text and in total.
public struct SVGRasterMeasure: Sendable {
    /// The comparison outside the text mask (judged with the declared `svgRaster` tolerance, exact by default).
    public var outsideText: ComparisonResult
    /// The comparison of the whole images, text included (reported, not judged).
    public var whole: ComparisonResult
    /// Pixels inside the text mask.
    public var textPixels: Int

    /// One line: the judged part, then the text part.
    public var summary: String {
        "outside text: \(outsideText.summary); whole image (text rasterised by rsvg vs FreeType, \(textPixels) px masked): max channel difference \(whole.maxDifference), \(whole.differingPixels) differing pixels"
    }
}

/// Compares a freshly rendered set of figures with the committed goldens and leaves evidence of every failure.
///
/// Checks, per file the fresh render produced:
/// - `*.png`: decoded pixels against the golden, exact unless `TOLERANCES.json` declares a tolerance;
/// - `*.svg`: the canonical text form against the golden's, and the rsvg-convert rasterisation against the
///   fresh PNG of the same figure outside text (see `SVGTextMask`), exact unless a tolerance is declared (for
///   `name.svg` in `files`, else `svgRaster`);
/// - `*.pdf`: bytes identical to the golden (Cairo's PDF is deterministic once its dates are fixed);
/// - determinism (when a second render is given): PNG pixels identical, SVG and PDF bytes identical;
/// and, over the goldens, that none is stale (a golden the render no longer produces).
public struct GoldenRun: Sendable {
    public var goldens: String
    public var fresh: String
    public var second: String?
    public var evidence: String
    public var tolerances: GoldenTolerances
    public var check: PNGCheck
    public var rasterizer: SVGRasterizer
    /// The command that re-records every golden.
    public var recordCommand: String

    public init(
        goldens: String, fresh: String, second: String?, evidence: String, tolerances: GoldenTolerances,
        check: PNGCheck = PNGCheck(), rasterizer: SVGRasterizer = SVGRasterizer(), recordCommand: String = "make golden"
    ) {
        self.goldens = goldens
        self.fresh = fresh
        self.second = second
        self.evidence = evidence
        self.tolerances = tolerances
        self.check = check
        self.rasterizer = rasterizer
        self.recordCommand = recordCommand
    }

    /// What a run found.
    public struct Summary: Sendable {
        /// One line per failed check, naming the file.
        public var failures: [String] = []
        /// Checks that passed.
        public var passed = 0
        /// Declared tolerances no longer needed, and other remarks.
        public var notes: [String] = []
        /// Measured rasterisation differences per SVG file.
        public var svgRaster: [String: SVGRasterMeasure] = [:]
        /// The HTML page of the run.
        public var page = ""
    }

    /// Runs every check and writes `index.html` (and evidence folders for failures) into `evidence`.
    public func run() throws -> Summary {
        var summary = Summary()
        var entries: [RunReportPage.Entry] = []
        let files = try listFigureFiles(fresh)
        for name in files {
            let entry: RunReportPage.Entry
            switch (name as NSString).pathExtension {
            case "png": entry = try comparePNG(name, into: &summary)
            case "svg":
                entry = try compareSVGText(name)
                let raster = try compareSVGRaster(name, into: &summary)
                record(raster, into: &summary, entries: &entries)
            case "pdf": entry = try comparePDF(name)
            case "gif": entry = try compareGIF(name)
            default: continue
            }
            record(entry, into: &summary, entries: &entries)
        }
        if let second {
            for name in files {
                record(try compareDeterminism(name, second: second), into: &summary, entries: &entries)
            }
        }
        for stale in try listFigureFiles(goldens).filter({ !files.contains($0) }) {
            record(
                RunReportPage.Entry(
                    title: stale,
                    summary: "stale golden: the render no longer produces \(stale); delete it or restore the figure",
                    passed: false),
                into: &summary, entries: &entries)
        }
        if tolerances.svgRaster != nil, !summary.svgRaster.isEmpty,
            summary.svgRaster.values.allSatisfy({ $0.outsideText.differingPixels == 0 })
        {
            summary.notes.append(
                "every SVG rasterisation matches its PNG exactly outside text: the svgRaster tolerance is unnecessary, remove it from TOLERANCES.json"
            )
        }
        for name in tolerances.files.keys.sorted() where !files.contains(name) {
            summary.notes.append(
                "TOLERANCES.json declares a tolerance for \(name), which the render does not produce: remove it")
        }
        let page = RunReportPage(
            title: "Golden-image comparison",
            notes: summary.notes + [
                "Goldens: \(goldens). Fresh render: \(fresh). Accept every new image with `\(recordCommand)` and commit figures/."
            ], entries: entries)
        try write(Data(page.html.utf8), to: evidence + "/index.html")
        summary.page = evidence + "/index.html"
        return summary
    }

    private func record(_ entry: RunReportPage.Entry, into summary: inout Summary, entries: inout [RunReportPage.Entry])
    {
        entries.append(entry)
        if entry.passed { summary.passed += 1 } else { summary.failures.append("\(entry.title): \(entry.summary)") }
    }

    // MARK: - The checks

    private func comparePNG(_ name: String, into summary: inout Summary) throws -> RunReportPage.Entry {
        let golden = goldens + "/" + name, actual = fresh + "/" + name
        guard FileManager.default.fileExists(atPath: golden) else { return missingGolden(name) }
        let declared = tolerances.files[name]
        let outcome = check.run(expectedPath: golden, actualPath: actual, tolerance: declared?.tolerance)
        if outcome.result?.toleranceUnnecessary == true {
            summary.notes.append(
                "\(name): the declared tolerance is unnecessary (no pixel differs): remove it from TOLERANCES.json")
        }
        return try entry(
            for: outcome, title: name, folder: name, expectedPath: golden, actualPath: actual,
            toleranceReason: declared?.reason, accept: "cp '\(actual)' '\(golden)'   # or: \(recordCommand)")
    }

    private func compareSVGText(_ name: String) throws -> RunReportPage.Entry {
        let golden = goldens + "/" + name, actual = fresh + "/" + name
        guard FileManager.default.fileExists(atPath: golden) else { return missingGolden(name) }
        let a = SVGCanonicalForm.canonicalize(try PNGCodec.readFile(golden))
        let b = SVGCanonicalForm.canonicalize(try PNGCodec.readFile(actual))
        guard let difference = SVGCanonicalForm.firstDifference(a, b) else {
            return RunReportPage.Entry(
                title: name + " (canonical SVG)", summary: "identical canonical text", passed: true)
        }
        let text =
            "canonical SVG differs at line \(difference.line): expected \(clip(difference.expected)), actual \(clip(difference.actual))"
        let folder = evidence + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try write(Data(a.utf8), to: folder + "/expected.canonical.svg")
        try write(Data(b.utf8), to: folder + "/actual.canonical.svg")
        var entry = RunReportPage.Entry(
            title: name + " (canonical SVG)", summary: text, passed: false,
            acceptCommand: "cp '\(actual)' '\(golden)'   # or: \(recordCommand)")
        if let png = try? PNGCodec.decode(contentsOf: fresh + "/" + stem(name) + ".png"),
            let e = try? rasterizer.rasterize(svgPath: golden, width: png.width, height: png.height),
            let f = try? rasterizer.rasterize(svgPath: actual, width: png.width, height: png.height)
        {
            let result = check.comparator.compare(expected: e, actual: f, tolerance: nil)
            let report = ComparisonReport(
                name: name + " (rasterised)", expectedPath: golden, actualPath: actual, result: result)
            let written = try FailureEvidence.write(
                to: folder, relativeTo: evidence, report: report, expected: e, actual: f, acceptCommand: nil)
            entry.expectedImage = written.expectedImage
            entry.actualImage = written.actualImage
            entry.diffImage = written.diffImage
            entry.reportJSON = written.reportJSON
        }
        return entry
    }

    private func compareSVGRaster(_ name: String, into summary: inout Summary) throws -> RunReportPage.Entry {
        let svg = fresh + "/" + name, pngPath = fresh + "/" + stem(name) + ".png"
        let title = name + " (rsvg-convert vs PNG)"
        guard let png = try? PNGCodec.decode(contentsOf: pngPath) else {
            return RunReportPage.Entry(
                title: title, summary: "no PNG of the same figure to compare the rasterisation with", passed: true)
        }
        let raster: RGBAImage, textless: RGBAImage
        do {
            raster = try rasterizer.rasterize(svgPath: svg, width: png.width, height: png.height)
            textless = try rasterizer.rasterize(
                svg: SVGTextMask.removingGlyphs(try PNGCodec.readFile(svg)),
                name: svg + " without glyphs", width: png.width, height: png.height)
        } catch {
            return RunReportPage.Entry(title: title, summary: "\(error)", passed: false)
        }
        let mask = SVGTextMask.mask(withText: raster, withoutText: textless)
        let judged = SVGTextMask.applying(mask, to: raster, from: png)
        let declared = tolerances.files[name] ?? tolerances.svgRaster
        let outside = check.comparator.compare(expected: png, actual: judged, tolerance: declared?.tolerance)
        let whole = check.comparator.compare(expected: png, actual: raster, tolerance: nil)
        let measure = SVGRasterMeasure(outsideText: outside, whole: whole, textPixels: mask.filter { $0 }.count)
        summary.svgRaster[name] = measure
        if outside.toleranceUnnecessary && tolerances.files[name] != nil {
            summary.notes.append(
                "\(name): the rasterisation matches the PNG exactly outside text: its declared tolerance is unnecessary, remove it from TOLERANCES.json"
            )
        }
        let outcome = PNGCheck.Outcome(expected: png, actual: judged, result: outside)
        var entry = try entry(
            for: outcome, title: title, folder: name + "-raster", expectedPath: pngPath, actualPath: svg,
            toleranceReason: declared?.reason,
            accept:
                "the SVG and the PNG of this figure disagree outside text: fix the SVG output (actual.png has the PNG's pixels in text areas)"
        )
        entry.summary = measure.summary
        return entry
    }

    private func comparePDF(_ name: String) throws -> RunReportPage.Entry {
        let golden = goldens + "/" + name, actual = fresh + "/" + name
        guard FileManager.default.fileExists(atPath: golden) else { return missingGolden(name) }
        let same = try PNGCodec.readFile(golden) == PNGCodec.readFile(actual)
        return RunReportPage.Entry(
            title: name,
            summary: same
                ? "identical bytes"
                : "PDF bytes differ from the golden (the PDF's PNG and SVG twins show what changed)",
            passed: same, acceptCommand: same ? nil : "cp '\(actual)' '\(golden)'   # or: \(recordCommand)")
    }

    private func compareGIF(_ name: String) throws -> RunReportPage.Entry {
        let golden = goldens + "/" + name, actual = fresh + "/" + name
        guard FileManager.default.fileExists(atPath: golden) else { return missingGolden(name) }
        return try GIFGoldenComparison(
            goldenPath: golden, actualPath: actual, evidence: evidence + "/" + name, relativeEvidence: name,
            accept: "cp '\(actual)' '\(golden)'   # or: \(recordCommand)"
        ).run(title: name)
    }

    private func compareDeterminism(_ name: String, second: String) throws -> RunReportPage.Entry {
        let a = fresh + "/" + name, b = second + "/" + name
        let title = name + " (rendered twice)"
        let accept = "rendering is not deterministic: find what depends on process state or order"
        guard FileManager.default.fileExists(atPath: b) else {
            return RunReportPage.Entry(
                title: title, summary: "the second render did not produce \(name)", passed: false)
        }
        if (name as NSString).pathExtension == "png" {
            return try entry(
                for: check.run(expectedPath: a, actualPath: b, tolerance: nil), title: title,
                folder: "determinism-" + name, expectedPath: a, actualPath: b, toleranceReason: nil, accept: accept)
        }
        let same = try PNGCodec.readFile(a) == PNGCodec.readFile(b)
        return RunReportPage.Entry(
            title: title, summary: same ? "identical bytes" : "bytes differ between \(a) and \(b)",
            passed: same, acceptCommand: same ? nil : accept)
    }

    // MARK: - Helpers

    private func entry(
        for outcome: PNGCheck.Outcome, title: String, folder: String, expectedPath: String, actualPath: String,
        toleranceReason: String?, accept: String
    ) throws -> RunReportPage.Entry {
        guard let result = outcome.result else {
            return RunReportPage.Entry(title: title, summary: outcome.summary, passed: false)
        }
        var text = result.summary
        if let toleranceReason, result.tolerance != nil { text += " (tolerance reason: \(toleranceReason))" }
        if outcome.passes { return RunReportPage.Entry(title: title, summary: text, passed: true) }
        let report = ComparisonReport(
            name: title, expectedPath: expectedPath, actualPath: actualPath, result: result,
            toleranceReason: toleranceReason)
        var written = try FailureEvidence.write(
            to: evidence + "/" + folder, relativeTo: evidence, report: report,
            expected: outcome.expected, actual: outcome.actual, acceptCommand: accept)
        written.summary = text
        return written
    }

    private func missingGolden(_ name: String) -> RunReportPage.Entry {
        RunReportPage.Entry(
            title: name,
            summary: "no golden \(goldens)/\(name): record it explicitly with `\(recordCommand)` and commit it",
            passed: false, acceptCommand: recordCommand)
    }

    private func listFigureFiles(_ folder: String) throws -> [String] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw ImageComparisonError.unreadableFile(path: folder, reason: "cannot list the folder")
        }
        return names.filter { ["png", "svg", "pdf", "gif"].contains(($0 as NSString).pathExtension) }.sorted()
    }

    private func stem(_ name: String) -> String { (name as NSString).deletingPathExtension }

    private func clip(_ line: String) -> String { line.count > 160 ? "'\(line.prefix(160))…'" : "'\(line)'" }

    private func write(_ data: Data, to path: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try AtomicFile.write([UInt8](data), to: path)
        } catch let error as OutputError {
            throw ImageComparisonError.unreadableFile(path: path, reason: error.message)
        } catch {
            throw ImageComparisonError.unreadableFile(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}
