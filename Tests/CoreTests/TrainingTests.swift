import Foundation
import Testing

@testable import Core

@Suite("Training")
struct TrainingTests {
    /// A tiny data set written as IDX files and read back through the loader.
    static func tinyData() throws -> TrainingData {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let dataset = try MNISTDataset(location: fixture.writeDataset(trainCount: 40, testCount: 20))
        return try TrainingData(dataset: dataset, sha256: "test")
    }

    static func settings(iterations: Int = 30, batch: Int = 8, lr: Double = 0.5, seed: UInt64 = 1) -> TrainingSettings {
        var settings = TrainingSettings()
        settings.iterations = iterations
        settings.batchSize = batch
        settings.learningRate = lr
        settings.hiddenSize = 6
        settings.weightInitStd = 0.1
        settings.seed = seed
        return settings
    }

    @Test("a short run records one loss per iteration and accuracies at every epoch boundary")
    func shortRun() throws {
        let series = try Trainer().train(data: Self.tinyData(), settings: Self.settings())
        #expect(series.losses.count == 30 && series.divergence == nil)
        #expect(series.iterationsPerEpoch == 5)  // 40 examples / batch 8
        #expect(series.accuracies.map(\.iteration) == [0, 5, 10, 15, 20, 25])
        #expect(series.accuracies.map(\.epoch) == [0, 1, 2, 3, 4, 5])
        #expect(series.accuracies.allSatisfy { (0...1).contains($0.train) && (0...1).contains($0.test) })
        #expect(abs(series.losses[0] - log(10)) < 0.3)
        #expect(series.dataset == DatasetSummary(name: "Tiny", sha256: "test", trainCount: 40, testCount: 20))
        #expect(series.precision == .float32 && series.kernel == .blas)
    }

    @Test("the net learns the tiny data: later losses are lower and test accuracy rises")
    func learns() throws {
        let series = try Trainer().train(data: Self.tinyData(), settings: Self.settings(iterations: 400, lr: 2))
        let early = series.losses.prefix(20).reduce(0, +) / 20
        let late = series.losses.suffix(20).reduce(0, +) / 20
        #expect(late < early * 0.5)
        #expect((series.accuracies.last?.test ?? 0) > 0.9)
    }

    @Test("the same seed gives the same series bit for bit, whatever the thread count; another seed differs")
    func determinism() throws {
        let data = try Self.tinyData()
        let first = try Trainer(threads: 1).train(data: data, settings: Self.settings())
        let again = try Trainer(threads: 2).train(data: data, settings: Self.settings())
        #expect(first == again)
        #expect(first.losses.map(\.bitPattern) == again.losses.map(\.bitPattern))
        #expect(try Trainer().train(data: data, settings: Self.settings(seed: 2)).losses != first.losses)
        let double = try Trainer(precision: .float64).train(data: data, settings: Self.settings())
        #expect(double.precision == .float64 && double.losses.count == 30)
    }

    @Test("a learning rate that diverges stops the run, keeps what was computed and says where")
    func divergence() throws {
        let series = try Trainer().train(data: Self.tinyData(), settings: Self.settings(lr: 1e38))
        let divergence = try #require(series.divergence)
        #expect(series.diverged)
        #expect(series.losses.count == divergence.iteration)
        #expect(series.losses.allSatisfy { $0.isFinite })
        #expect(!divergence.reason.isEmpty)
    }

    @Test("a loss stuck far above guessing (weights blown up, loss finite) counts as diverging; a normal one does not")
    func lossExplosion() {
        var exploding = LossExplosion(classes: 10)
        let reasons = (0..<100).map { _ in exploding.add(12) }
        #expect(reasons.dropLast().allSatisfy { $0 == nil } && reasons.last! != nil)
        var healthy = LossExplosion(classes: 10)
        #expect((0..<300).allSatisfy { healthy.add(2.3 - Double($0) * 0.005) == nil })
    }

    @Test("bad settings are refused with a message naming the value and the allowed range")
    func badSettings() throws {
        let data = try Self.tinyData()
        var zeroIterations = Self.settings()
        zeroIterations.iterations = 0
        #expect(throws: TrainingError.invalidSetting("iterations 0 is out of range; allowed 1...10000000")) {
            try Trainer().train(data: data, settings: zeroIterations)
        }
        var bigSeed = Self.settings()
        bigSeed.seed = TrainingSettings.maximumSeed + 1
        #expect(
            throws: TrainingError.invalidSetting("seed 9007199254740992 is out of range; allowed 0...9007199254740991")
        ) {
            try Trainer().train(data: data, settings: bigSeed)
        }
        #expect(throws: TrainingError.invalidSetting("batch size 41 is out of range; allowed 1...40")) {
            try Trainer().train(data: data, settings: Self.settings(batch: 41))
        }
        for rate in [0, -1, Double.nan, .infinity] {
            #expect(throws: TrainingError.self) { try Trainer().train(data: data, settings: Self.settings(lr: rate)) }
        }
    }

    @Test("a series survives a JSON round trip exactly; CSV has one row per iteration")
    func seriesFiles() throws {
        let series = try Trainer().train(data: Self.tinyData(), settings: Self.settings(iterations: 12))
        let bytes = try series.jsonBytes()
        #expect(try TrainingSeries.decode(jsonBytes: bytes, path: "s.json") == series)
        #expect(try series.jsonBytes() == bytes)
        let csv = series.csvText().split(separator: "\n")
        #expect(csv.filter { !$0.hasPrefix("#") }.count == 13)
        #expect(csv.contains("iteration,epoch,loss,train_accuracy,test_accuracy"))
        #expect(throws: TrainingSeriesFileError.self) {
            try TrainingSeries.decode(jsonBytes: Array("{}".utf8), path: "s.json")
        }
        #expect(throws: TrainingSeriesFileError.self) {
            try TrainingSeries.decode(jsonBytes: Array("not json".utf8), path: "s.json")
        }
    }

    @Test("training data needs matching image sizes in both splits")
    func mismatchedSplits() throws {
        let images = IDXImages(count: 2, rows: 2, columns: 2, pixels: Array(repeating: 0, count: 8))
        let wider = IDXImages(count: 2, rows: 2, columns: 3, pixels: Array(repeating: 0, count: 12))
        let labels = IDXLabels(labels: [0, 1])
        #expect(throws: TrainingError.self) {
            try TrainingData(
                name: "x", sha256: "", train: LabeledImages(images: images, labels: labels),
                test: LabeledImages(images: wider, labels: labels))
        }
    }

    @Test(
        "a step cut into pieces over a team equals the book's whole-batch SGD step (Double, to rounding)",
        arguments: [1, 2])
    func cutStepMatchesWholeBatch(threads: Int) throws {
        let data = try Self.tinyData()
        let settings = Self.settings()
        let shape = NetShape(input: data.pixelsPerImage, hidden: settings.hiddenSize, output: data.classes)
        var generator = SeededGenerator(seed: 5)
        let start = TwoLayerNetParameters<Double>(shape: shape, weightInitStd: 0.1, generator: &generator)
        var reference = generator
        let passes = NetPasses(parameters: ParameterBuffers(start), kernel: .blas)
        let step = TrainingStep(passes: passes, batchSize: 7, team: WorkerTeam(threads: threads))
        let loss = step.run(data: data, generator: &generator, learningRate: 0.5)

        let indices = (0..<7).map { _ in reference.nextInt(below: data.summary.trainCount) }
        let inputs = data.pixelsPerImage
        let x = try Matrix(
            rows: 7, columns: inputs,
            storage: indices.flatMap { index in
                data.trainPixels[index * inputs..<(index + 1) * inputs].map { Double($0) / 255 }
            })
        let labels = indices.map { data.trainLabels[$0] }
        var net = TwoLayerNet(parameters: start)
        let gradient = net.gradient(x, labels: labels)
        net.parameters = TwoLayerNetParameters(
            shape: shape, w1: zip(start.w1.storage, gradient.w1.storage).map { $0 - 0.5 * $1 },
            b1: zip(start.b1, gradient.b1).map { $0 - 0.5 * $1 },
            w2: zip(start.w2.storage, gradient.w2.storage).map { $0 - 0.5 * $1 },
            b2: zip(start.b2, gradient.b2).map { $0 - 0.5 * $1 })
        #expect(generator.next() == reference.next())  // both drew the same seven indices
        #expect(abs(loss - net.loss(x, labels: labels)) < 1e-12)
        for (stepped, expected) in zip(passes.parameters.parameters.named, net.parameters.named) {
            let error = zip(stepped.values, expected.values).map { abs($0 - $1) }.max() ?? 0
            #expect(error < 1e-12, "\(stepped.name): \(error)")
        }
    }
}
