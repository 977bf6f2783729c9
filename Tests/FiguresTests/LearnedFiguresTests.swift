import Core
import Figures
import Plotting
import Testing

/// The figures of what section 4.5's net learned, drawn from the committed seed-1 series' `learned` section.
@Suite struct LearnedFiguresTests {
    private func build(_ id: String, given: [ParameterName: String] = [:]) throws -> FigureOutput {
        let figure = try #require(Catalogue.figure(id: id))
        return try FigureBuilder.build(figure, given: given, settings: .defaults(.en))
    }

    private func texts(_ figure: Figure) throws -> [String] {
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        return canvas.texts.map(\.text.source)
    }

    @Test func theConfusionMatrixCountsEveryTestImageOnce() throws {
        let built = try build("confusion-matrix")
        let counts = built.data.rows.map { $0[2] }
        #expect(counts.count == 100)
        #expect(counts.reduce(0, +) == 10_000)
        let diagonal = built.data.rows.filter { $0[0] == $0[1] }.map { $0[2] }.reduce(0, +)
        let labels = try texts(built.figure)
        // The title's accuracy is the diagonal's share, and the classes are named on the y axis.
        #expect(labels.contains("accuracy \(String(format: "%.4f", diagonal / 10_000)) (Fashion-MNIST, seed 1)"))
        #expect(labels.contains("T-shirt/top (0)") && labels.contains("Ankle boot (9)"))
        let canvas = RecordingCanvas(for: built.figure)
        try built.figure.draw(on: canvas)
        #expect(canvas.images.count == 2)  // the matrix, drawn as one image, and its colorbar
    }

    @Test func everyHiddenUnitIsA28By28ImageOnOneScaleCentredAtZero() throws {
        let built = try build("hidden-weights")
        #expect(built.figure.panels.count == 50)
        let images = try built.figure.panels.map { panel in
            try #require((panel as? Axes)?.marks.first as? ImageMark)
        }
        #expect(images.allSatisfy { $0.values?.count == 28 && $0.values?.first?.count == 28 })
        let scales = Set(images.map { "\($0.vmin ?? 0) \($0.vmax ?? 0)" })
        #expect(scales.count == 1)
        #expect(images[0].vmin == images[0].vmax.map { -$0 })
        #expect(built.data.rows.count == 50 * 784)
    }

    @Test func misclassifiedImagesAreTitledTrueToPredicted() throws {
        let built = try build("misclassified")
        #expect(built.figure.panels.count == LearnedNet.maximumMisclassified)
        let titles = built.figure.panels.compactMap { ($0 as? Axes)?.title?.source }
        #expect(titles.allSatisfy { $0.contains(" → ") && $0.hasSuffix("%)") })
        // Every one is really wrong.
        #expect(built.data.rows.allSatisfy { $0[1] != $0[2] })
    }

    @Test func weightsBeforeTrainingAreTheSeedsDraws() throws {
        let built = try build("weight-histogram")
        let before = built.data.rows.filter { $0[0] == 1 && $0[1] == 0 }.map { $0[2] }
        let after = built.data.rows.filter { $0[0] == 1 && $0[1] == 1 }.map { $0[2] }
        #expect(before.count == 784 * 50 && after.count == before.count)
        // weight_init_std = 0.01: the initial spread is about 0.01, the trained one far wider.
        func spread(_ v: [Double]) -> Double {
            let mean = v.reduce(0, +) / Double(v.count)
            return (v.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(v.count)).squareRoot()
        }
        #expect(abs(spread(before) - 0.01) < 0.0005)
        #expect(spread(after) > 5 * spread(before))
    }
}
