import Core
import Foundation
import Plotting
import Testing

@testable import Figures

@Suite("Training figures")
struct TrainingFiguresTests {
    /// The committed series file in this source tree (the tests, unlike the binary, may look at the sources).
    static let committedFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Figures/Resources/training-series.json").path

    @Test("the series compiled into the binary is the committed file byte for byte (scripts/embed-training-series.sh)")
    func compiledInSeriesIsTheCommittedFile() throws {
        let file = try #require(FileManager.default.contents(atPath: Self.committedFile))
        #expect(Array(TrainingSeriesSource.committedJSON.utf8) == Array(file), "run scripts/embed-training-series.sh")
        #expect(TrainingSeriesSource.path(environment: [:]) == nil)
    }

    @Test("the committed series is the book's run: 10,000 losses from about ln 10, 17 accuracies, test ≥ 0.84")
    func committedSeries() throws {
        let series = try TrainingSeriesSource.committed()
        #expect(series.settings == TrainingSettings())
        #expect(series.losses.count == 10_000 && series.accuracies.count == 17 && !series.diverged)
        #expect(abs(series.losses[0] - log(10)) < 0.05)
        #expect((series.accuracies.last?.test ?? 0) >= 0.84)
        #expect(series.dataset.name == "Fashion-MNIST" && series.dataset.trainCount == 60_000)
    }

    @Test("training-loss: two panels, all iterations and the first 1,000, titled with the data set")
    func lossFigure() throws {
        let output = try FigureBuilder.build(TrainingLossFigure.self, settings: .defaults())
        let panels = output.figure.panels.compactMap { $0 as? Axes }
        #expect(panels.count == 2)
        let lines = panels.compactMap { $0.marks.first as? LineMark }
        #expect(lines.map(\.x.count) == [10_000, 1_000])
        #expect(panels.allSatisfy { $0.xLabel == "iteration" && $0.yLabel == "loss" })
        #expect(output.figure.title?.source.contains("Fashion-MNIST") == true)
        #expect(output.data.rows.count == 10_000)
    }

    @Test("training-accuracy: train solid, test dashed, legend lower right, y from 0 to 1, x in epochs")
    func accuracyFigure() throws {
        let output = try FigureBuilder.build(TrainingAccuracyFigure.self, settings: .defaults())
        let axes = try #require(output.figure.panels.first as? Axes)
        let lines = axes.marks.compactMap { $0 as? LineMark }
        #expect(lines.map(\.style) == [.solid, .dashed])
        #expect(lines.map(\.label) == ["train acc", "test acc"])
        #expect(lines.first?.x == (0...16).map(Double.init))
        #expect(axes.legend == .lowerRight && axes.yLimits == 0...1)
        #expect(axes.xLabel == "epochs" && axes.yLabel == "accuracy")
    }

    @Test("a series file that is missing or not a series is one clear error")
    func unavailable() throws {
        let missing = NSTemporaryDirectory() + "no-such-series-\(UUID().uuidString).json"
        #expect(throws: TrainingSeriesUnavailable.self) {
            try TrainingSeriesSource.load(environment: [TrainingSeriesSource.environmentVariable: missing])
        }
        do {
            _ = try TrainingSeriesSource.load(environment: [TrainingSeriesSource.environmentVariable: missing])
        } catch {
            #expect("\(error)".contains(missing) && "\(error)".contains("dlplot train"))
        }
    }
}
