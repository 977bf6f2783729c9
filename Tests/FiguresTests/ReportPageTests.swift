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
        let result = try HTMLValidator.validate(page: Array(try Self.page().utf8))
        #expect(result.status == 0, "html5lib reports:\n\(result.output)")
    }
}
