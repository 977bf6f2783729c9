import Core
import Foundation
import Testing

@testable import Figures

/// The committed seed-1 series carries what the later figures of issue 13 draw (confusion-matrix, hidden-weights,
/// misclassified, weight-histogram), consistent with its own accuracies.
@Suite("The committed run's learned section")
struct CommittedLearnedNetTests {
    @Test("10,000 test images in the confusion matrix, 85 % on the diagonal, Fashion-MNIST's class names")
    func confusion() throws {
        let series = try TrainingSeriesSource.committed()
        let learned = try #require(series.learned)
        #expect(learned.confusion.total == series.dataset.testCount && series.dataset.testCount == 10_000)
        // Measured after the last update (iteration 9,999); the last accuracy point is iteration 9,600's.
        let lastRecorded = try #require(series.accuracies.last?.test)
        #expect(abs(learned.confusion.accuracy - lastRecorded) < 0.01)
        #expect(learned.classNames == ClassNames.fashionMNIST)
    }

    @Test("24 misclassified 28 × 28 images; each hidden unit's weights form a 28 × 28 image")
    func imagesAndWeights() throws {
        let learned = try #require(try TrainingSeriesSource.committed().learned)
        #expect(learned.misclassified.count == LearnedNet.maximumMisclassified)
        #expect(learned.misclassified.allSatisfy { $0.pixels.count == 784 && $0.label != $0.predicted })
        #expect(learned.imageRows == 28 && learned.imageColumns == 28)
        #expect((0..<50).allSatisfy { learned.hiddenWeights(column: $0).count == 784 })
    }

    @Test("the initial weights regenerate from seed 1 with the book's standard deviation 0.01")
    func initialWeights() throws {
        let initial = try #require(try TrainingSeriesSource.committed().initialParameters())
        let w1 = initial.w1.storage.map(Double.init)
        let std = (w1.map { $0 * $0 }.reduce(0, +) / Double(w1.count)).squareRoot()
        #expect(abs(std - 0.01) < 0.0002 && w1.count == 784 * 50)
    }
}

/// `TrainingSeriesSource.loadLearned`: the learned section from wherever the series comes from, or one line.
@Suite("Loading what the net learned")
struct LoadLearnedTests {
    @Test("the committed run loads with its learned section")
    func committed() throws {
        let (series, learned) = try TrainingSeriesSource.loadLearned(environment: [:])
        #expect(series.learned == learned && learned.confusion.total == 10_000)
    }

    @Test("a series without the section (an earlier dlplot) is one line naming the file and what to do")
    func withoutSection() throws {
        var series = try TrainingSeriesSource.committed()
        series.learned = nil
        let path = NSTemporaryDirectory() + "series-\(UUID().uuidString).json"
        try Data(series.jsonBytes()).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try TrainingSeriesSource.loadLearned(given: path, environment: [:])
            Issue.record("a series without learned weights was accepted")
        } catch {
            #expect(error.message.hasPrefix("\(path): the series records no learned weights (it was written by"))
            #expect(error.message.contains("dlplot train --out") && !error.message.contains("\n"))
        }
    }
}
