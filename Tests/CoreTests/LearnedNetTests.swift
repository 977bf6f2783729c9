import Foundation
import Testing

@testable import Core

/// The `learned` section a training run records: the confusion matrix, the misclassified images, the stored
/// parameters and the initial weights regenerated from the seed.
@Suite("What the net learned")
struct LearnedNetTests {
    /// A tiny data set (4 × 4 images, ten classes) with `testCount` test images.
    static func data(testCount: Int = 20) throws -> TrainingData {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let dataset = try MNISTDataset(location: fixture.writeDataset(trainCount: 40, testCount: testCount))
        return try TrainingData(dataset: dataset, sha256: "test")
    }

    static func train(
        iterations: Int, lr: Double = 0.5, testCount: Int = 20, precision: TrainingPrecision = .float32
    ) throws -> (TrainingSeries, TrainingData) {
        let data = try data(testCount: testCount)
        let series = try Trainer(precision: precision).train(
            data: data, settings: TrainingTests.settings(iterations: iterations, lr: lr))
        return (series, data)
    }

    /// The net's predictions for every test image, from the stored parameters through `TwoLayerNet`.
    static func predictions(of learned: LearnedNet, data: TrainingData) throws -> [(predicted: Int, probability: Float)]
    {
        let x = try Matrix<Float>(
            rows: data.testLabels.count, columns: data.pixelsPerImage, storage: data.testPixels.map { Float($0) / 255 })
        let y = TwoLayerNet(parameters: learned.parameters).predict(x)
        return (0..<y.rows).map { row in
            let outputs = (0..<y.columns).map { y.storage[row * y.columns + $0] }
            let best = outputs.indices.reduce(0) { outputs[$1] > outputs[$0] ? $1 : $0 }
            return (best, outputs[best])
        }
    }

    @Test("the confusion matrix counts every test example once; its diagonal is the final test accuracy")
    func confusionMatrix() throws {
        // 40 examples / batch 8 = 5 iterations an epoch: iteration 25, the last, is also an accuracy evaluation.
        let (series, data) = try Self.train(iterations: 26)
        let learned = try #require(series.learned)
        let confusion = learned.confusion
        #expect(confusion.classes == 10 && confusion.counts.allSatisfy { $0.count == 10 })
        #expect(confusion.total == 20)
        for label in 0..<10 {
            #expect(confusion.counts[label].reduce(0, +) == data.testLabels.filter { $0 == label }.count)
        }
        #expect(series.accuracies.last?.iteration == 25)
        #expect(confusion.accuracy == series.accuracies.last?.test)
        #expect(confusion.correct > 0)
        let predictions = try Self.predictions(of: learned, data: data)
        for (index, label) in data.testLabels.enumerated() {
            #expect(confusion.count(label: label, predicted: predictions[index].predicted) > 0)
        }
        #expect(confusion.count(label: 10, predicted: 0) == 0 && confusion.count(label: -1, predicted: 0) == 0)
    }

    @Test("the misclassified images are the first 24 wrong ones in test order, with pixels and probability")
    func misclassifiedSelection() throws {
        // One update of a 10-class net: most of the 60 test images are wrong, more than the 24 recorded.
        let (series, data) = try Self.train(iterations: 1, testCount: 60)
        let learned = try #require(series.learned)
        let predictions = try Self.predictions(of: learned, data: data)
        let wrong = data.testLabels.indices.filter { data.testLabels[$0] != predictions[$0].predicted }
        #expect(wrong.count > LearnedNet.maximumMisclassified)
        #expect(learned.misclassified.map(\.index) == Array(wrong.prefix(LearnedNet.maximumMisclassified)))
        #expect(learned.confusion.total - learned.confusion.correct == wrong.count)
        for example in learned.misclassified {
            #expect(example.label == data.testLabels[example.index])
            #expect(example.predicted == predictions[example.index].predicted)
            #expect(abs(example.probability - Double(predictions[example.index].probability)) < 1e-6)
            let start = example.index * 16
            #expect(example.pixels == Array(data.testPixels[start..<start + 16]))
        }
        #expect(learned.imageRows == 4 && learned.imageColumns == 4)
        #expect(learned.classNames == (0..<10).map { "\($0)" })
    }

    @Test("the stored parameters are the final ones; hiddenWeights(column:) is column j of W1")
    func storedParameters() throws {
        let (series, _) = try Self.train(iterations: 12)
        let learned = try #require(series.learned)
        let shape = learned.parameters.shape
        #expect(shape == NetShape(input: 16, hidden: 6, output: 10))
        let column = learned.hiddenWeights(column: 5)
        #expect(column.count == 16)
        #expect(column[3] == learned.parameters.w1.storage[3 * 6 + 5])
        #expect(learned.hiddenWeights(column: 6).isEmpty && learned.hiddenWeights(column: -1).isEmpty)
        #expect(series.initialParameters() != learned.parameters)
    }

    @Test("the initial weights regenerate exactly from the seed", arguments: TrainingPrecision.allCases)
    func initialWeightsRegenerate(precision: TrainingPrecision) throws {
        // A learning rate of 1e-30 leaves every weight (about 0.1) where it started; only the zero biases move.
        let (series, _) = try Self.train(iterations: 1, lr: 1e-30, precision: precision)
        let learned = try #require(series.learned)
        let initial = try #require(series.initialParameters())
        #expect(initial.w1 == learned.parameters.w1 && initial.w2 == learned.parameters.w2)
        #expect(initial.b1.allSatisfy { $0 == 0 } && initial.b2.allSatisfy { $0 == 0 })
        var other = series
        other.settings.seed = 2
        #expect(other.initialParameters()?.w1 != initial.w1)
        other.learned = nil
        #expect(other.initialParameters() == nil)
    }

    @Test("a series with its learned section survives JSON exactly; Float32 values keep every bit")
    func encodingRoundTrip() throws {
        let (series, _) = try Self.train(iterations: 12)
        let bytes = try series.jsonBytes()
        #expect(try TrainingSeries.decode(jsonBytes: bytes, path: "s.json") == series)
        let values: [Float] = [0, -0.0, 1, -1.5, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.1, 3.0e-7]
        let decoded = try #require(LearnedNet.floats(base64: LearnedNet.base64(values)))
        #expect(decoded.map(\.bitPattern) == values.map(\.bitPattern))
        #expect(LearnedNet.floats(base64: "AAAA") == nil)  // three bytes: not a whole Float32
        #expect(LearnedNet.floats(base64: "not base64!") == nil)
    }

    @Test("a diverged run has no learned section; an older file without one still loads")
    func optionalSection() throws {
        let (diverged, _) = try Self.train(iterations: 30, lr: 1e30)
        #expect(diverged.diverged && diverged.learned == nil)
        var older = try #require(
            JSONSerialization.jsonObject(with: Data(Self.train(iterations: 3).0.jsonBytes())) as? [String: Any])
        older["learned"] = nil
        let series = try TrainingSeries.decode(
            jsonBytes: Array(JSONSerialization.data(withJSONObject: older)), path: "old.json")
        #expect(series.learned == nil && series.losses.count == 3)
    }

    @Test("class names: Fashion-MNIST's when the data set says so, else the digits")
    func classNames() {
        #expect(ClassNames.forDataset(named: "Fashion-MNIST", classes: 10).first == "T-shirt/top")
        #expect(ClassNames.forDataset(named: "fashion_mnist", classes: 10).last == "Ankle boot")
        #expect(ClassNames.forDataset(named: "MNIST", classes: 10) == (0..<10).map { "\($0)" })
        #expect(ClassNames.forDataset(named: "Fashion-MNIST", classes: 3) == ["0", "1", "2"])
    }
}
