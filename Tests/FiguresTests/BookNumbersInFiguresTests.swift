import Figures
import Plotting
import Testing

/// The figures show the book's numbers where the book prints them.
@Suite("Book numbers in the figures")
struct BookNumbersInFiguresTests {
    private func texts(
        _ id: String, _ given: [ParameterName: String] = [:], language: Language = .en
    ) throws -> [String] {
        let figure = try #require(Catalogue.figure(id: id))
        let output = try FigureBuilder.build(figure, given: given, settings: .defaults(language))
        let canvas = RecordingCanvas(for: output.figure)
        try output.figure.draw(on: canvas)
        return canvas.texts.map(\.text.source)
    }

    @Test func tangentTitlesCarryTheNumericalSlopes() throws {
        let titles = try texts("tangent")
        #expect(titles.contains("x = 5: slope 0.1999999999990898"))
        #expect(titles.contains("x = 10: slope 0.2999999999986347"))
        #expect(try texts("tangent", language: .ko).contains("x = 5: 기울기 0.1999999999990898"))
    }

    @Test func crossEntropyMarksTheTwoExamples() throws {
        let labels = try texts("cross-entropy")
        #expect(labels.contains("−log 0.6 = 0.51"))
        #expect(labels.contains("−log 0.1 = 2.30"))
    }

    @Test func learningRatePanelsShowTheFinalPoints() throws {
        let labels = try texts("learning-rates")
        #expect(labels.contains("lr = 10") && labels.contains("lr = 0.1") && labels.contains("lr = 1e-10"))
        #expect(labels.filter { $0 == "after 100 updates:" }.count == 3)
        #expect(labels.contains("(-6.11110793e-10, 8.14814391e-10)"))
        #expect(labels.contains("(-2.58983747e+13, -1.29524862e+12)"))
        #expect(labels.contains("(-2.99999994, 3.99999992)"))
    }

    @Test func gradientFieldIsTheBookGrid() throws {
        let figure = try #require(Catalogue.figure(id: "gradient-field"))
        let output = try FigureBuilder.build(figure)
        #expect(output.data.rows.count == 18 * 18, "arange(-2, 2.5, 0.25) on both axes")
        let atThreeQuarters = try #require(output.data.rows.first { $0[0] == 1 && $0[1] == -0.5 })
        #expect(
            abs(atThreeQuarters[2] + 2) < 1e-9 && abs(atThreeQuarters[3] - 1) < 1e-9, "-grad of x0²+x1² at (1, -0.5)")
    }

    @Test func lossIsSmoothAccuracyIsAStaircase() throws {
        let figure = try #require(Catalogue.figure(id: "loss-vs-accuracy"))
        let output = try FigureBuilder.build(figure)
        let losses = output.data.rows.map { $0[1] }, accuracies = output.data.rows.map { $0[2] }
        let lossSteps = zip(losses, losses.dropFirst()).map { abs($1 - $0) }
        let accuracyChanges = zip(accuracies, accuracies.dropFirst()).filter { $0 != $1 }.count
        #expect(lossSteps.allSatisfy { $0 > 0 && $0 < 0.01 }, "the loss changes a little at every step")
        #expect(
            accuracyChanges > 0 && accuracyChanges < accuracies.count / 20, "the accuracy is flat almost everywhere")
        #expect(
            Set(accuracies).allSatisfy { ($0 * 10).rounded() == $0 * 10 }, "a batch of 10 gives accuracies in tenths")
    }
}

@Suite("Long descent runs")
struct LongDescentRunTests {
    @Test func aMillionStepsDrawAtMostFiveHundredMarkers() throws {
        let figure = try #require(Catalogue.figure(id: "gradient-descent"))
        let output = try FigureBuilder.build(figure, given: [.steps: "200000", .lr: "1e-5"])
        #expect(output.data.rows.count == 200_001, "the CSV keeps every point, and the final one")
        let axes = try #require(output.figure.panels.first as? Axes)
        let markerCounts = axes.marks.compactMap { $0 as? LineMark }.filter { $0.marker != nil }.map(\.x.count)
        #expect(markerCounts == [500])
        let canvas = RecordingCanvas(for: output.figure)
        try output.figure.draw(on: canvas)
    }
}
