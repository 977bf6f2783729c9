import Foundation

/// Trains the two-layer net as section 4.5 of the book does: mini-batches drawn with replacement, plain SGD
/// by backpropagation, the mini-batch loss after each update, and the accuracy on the full training and test
/// sets at every epoch boundary (`iteration % iterationsPerEpoch == 0`).
///
/// Everything random comes from one `SeededGenerator(seed:)`: first the weights (W1 row by row, then W2), then
/// `batchSize` indices per iteration, so the initial weights can be regenerated from the settings alone
/// (`TrainingSeries.initialParameters()`). A run that does not diverge ends by recording what the net learned
/// (`LearnedNet`). The same seed, data, settings, precision and kernel give the same series
/// bit for bit, whatever the thread count: BLAS runs on one thread, and each step and evaluation is cut into
/// fixed pieces (`TrainingStep`, `AccuracyEvaluator`) that a `WorkerTeam` spreads over the cores.
public struct Trainer: Sendable {
    /// The matrix-product implementation.
    public var kernel: ProductKernel
    /// The arithmetic.
    public var precision: TrainingPrecision
    /// Threads for the steps and the evaluations, at most the cores available (the result does not depend on it).
    public var threads: Int
    /// The most bytes the run may need by `TrainingMemory.estimate` (the data is already loaded).
    public var memoryBudget: Int

    /// A trainer computing in `precision` with `kernel` on `threads` threads within `memoryBudget` bytes.
    public init(
        kernel: ProductKernel = .blas, precision: TrainingPrecision = .float32, threads: Int = 2,
        memoryBudget: Int = TrainingMemory.defaultBudget
    ) {
        self.kernel = kernel
        self.precision = precision
        self.threads = max(1, threads)
        self.memoryBudget = memoryBudget
    }

    /// Runs the training. `progress` is called after every iteration with what has been computed so far.
    /// Stops early, recording a `Divergence`, when the loss or a parameter is no longer finite. Throws
    /// `TrainingError.overMemoryBudget` before allocating the net when the run would need more than
    /// `memoryBudget` bytes.
    public func train(
        data: TrainingData, settings: TrainingSettings, progress: (TrainingProgress) -> Void = { _ in }
    ) throws(TrainingError) -> TrainingSeries {
        try settings.validate(trainingExamples: data.summary.trainCount)
        let summary = data.summary
        let estimate = TrainingMemory.estimate(
            trainCount: summary.trainCount, testCount: summary.testCount, pixelsPerImage: data.pixelsPerImage,
            classes: data.classes,
            storedBytes: 0, settings: settings, precision: precision, threads: threads)
        try TrainingMemory.check(
            estimate, budget: memoryBudget,
            shape:
                "\(summary.trainCount) training and \(summary.testCount) test images of \(data.pixelsPerImage) pixels")
        BLASThreads.set(1)
        // Concrete types here let the compiler specialise the whole generic pipeline for each precision.
        switch precision {
        case .float32:
            return TrainingRun<Float>(kernel: kernel, threads: threads).run(
                data: data, settings: settings, progress: progress)
        case .float64:
            return TrainingRun<Double>(kernel: kernel, threads: threads).run(
                data: data, settings: settings, progress: progress)
        }
    }
}

/// The arithmetic of a training run.
public enum TrainingPrecision: String, Sendable, CaseIterable, Codable {
    /// Single precision (`Float`, BLAS `sgemm`): the fast default.
    case float32
    /// Double precision (`Double`, BLAS `dgemm`).
    case float64
}

/// One training run in a given scalar type (see `Trainer`).
struct TrainingRun<Scalar: TrainingScalar> {
    let kernel: ProductKernel
    let threads: Int

    func run(data: TrainingData, settings: TrainingSettings, progress: (TrainingProgress) -> Void) -> TrainingSeries {
        let shape = NetShape(input: data.pixelsPerImage, hidden: settings.hiddenSize, output: data.classes)
        var generator = SeededGenerator(seed: settings.seed)
        let parameters = ParameterBuffers(
            TwoLayerNetParameters<Scalar>(initialFor: settings, shape: shape, generator: &generator))
        let passes = NetPasses(parameters: parameters, kernel: kernel)
        let team = WorkerTeam(threads: threads)
        let step = TrainingStep(passes: passes, batchSize: settings.batchSize, team: team)
        let evaluator = AccuracyEvaluator<Scalar>(shape: shape, team: team)
        let learningRate = Scalar(settings.learningRate)
        var explosion = LossExplosion(classes: shape.output, iterations: settings.iterations)
        var series = TrainingSeries(
            dataset: data.summary, settings: settings, precision: MemoryLayout<Scalar>.size == 4 ? .float32 : .float64,
            kernel: kernel,
            iterationsPerEpoch: max(data.summary.trainCount / settings.batchSize, 1))
        series.losses.reserveCapacity(settings.iterations)
        let clock = ContinuousClock()
        let start = clock.now
        for iteration in 0..<settings.iterations {
            let loss = step.run(data: data, generator: &generator, learningRate: learningRate)
            if let reason = Self.divergenceReason(loss: loss, parameters: parameters) {
                series.divergence = Divergence(iteration: iteration, reason: reason)
                break
            }
            series.losses.append(loss)
            if iteration % series.iterationsPerEpoch == 0 {
                series.accuracies.append(
                    AccuracyPoint(
                        iteration: iteration, epoch: iteration / series.iterationsPerEpoch,
                        train: evaluator.accuracy(of: passes, pixels: data.trainPixels, labels: data.trainLabels),
                        test: evaluator.accuracy(of: passes, pixels: data.testPixels, labels: data.testLabels)))
            }
            if let reason = explosion.add(loss) {
                series.divergence = Divergence(iteration: iteration + 1, reason: reason)
                break
            }
            let elapsed = start.duration(to: clock.now)
            progress(
                TrainingProgress(
                    completed: iteration + 1, total: settings.iterations, loss: loss,
                    latestAccuracy: series.accuracies.last,
                    elapsedSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            )
        }
        if series.divergence == nil { series.learned = LearnedNetRecorder(passes: passes).record(data: data) }
        return series
    }

    /// Why the run must stop, or nil: a non-finite loss, or a parameter that overflowed or became NaN.
    static func divergenceReason(loss: Double, parameters: ParameterBuffers<Scalar>) -> String? {
        if !loss.isFinite { return "the loss became \(loss)" }
        if !parameters.isFinite { return "a weight or bias overflowed to infinity or NaN" }
        return nil
    }
}

/// Watches the mini-batch loss for a run whose weights have blown up without overflowing: the book's loss
/// adds 1e-7 inside the logarithm, so saturated outputs give a large but finite loss (up to −ln 1e-7 ≈ 16.1).
/// A mean over the last `window` iterations above twice the loss of uniform guessing (2 ln classes) means the
/// learning rate is far too large. Checked after every iteration; a run shorter than the window is judged on
/// all its iterations, so that `--iters 99` with a learning rate of 1e30 is caught too.
struct LossExplosion {
    static let window = 100
    private let window: Int
    private let limit: Double
    private var recent: [Double] = []
    private var sum = 0.0

    init(classes: Int, iterations: Int = LossExplosion.window) {
        limit = 2 * log(Double(max(classes, 2)))
        window = max(1, min(Self.window, iterations))
    }

    /// Records `loss`; returns why the run must stop, or nil.
    mutating func add(_ loss: Double) -> String? {
        recent.append(loss)
        sum += loss
        if recent.count > window { sum -= recent.removeFirst() }
        guard recent.count == window, sum / Double(window) > limit else { return nil }
        let iterations = window == 1 ? "iteration" : "\(window) iterations"
        return "the mean loss of the last \(iterations), "
            + String(format: "%.2f, is above %.2f (twice that of guessing)", sum / Double(window), limit)
    }
}

/// What a training run has done so far, for a progress display.
public struct TrainingProgress: Sendable {
    /// Iterations done.
    public let completed: Int
    /// Iterations planned.
    public let total: Int
    /// The latest mini-batch loss.
    public let loss: Double
    /// The latest accuracy evaluation, if any.
    public let latestAccuracy: AccuracyPoint?
    /// Seconds since training started.
    public let elapsedSeconds: Double

    /// Seconds left at the average pace so far.
    public var estimatedSecondsLeft: Double {
        completed > 0 ? elapsedSeconds / Double(completed) * Double(total - completed) : 0
    }
}
