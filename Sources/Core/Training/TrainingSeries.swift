/// The result of a training run: the mini-batch loss after every update and the accuracies at every epoch,
/// with everything needed to reproduce it (settings, seed, data fingerprint, precision, kernel).
public struct TrainingSeries: Sendable, Codable, Equatable {
    /// The format's name and version.
    public static let currentFormat = "dlplot-training-series/1"

    /// The revision of the training computation (how each step is cut into pieces, the order of operations).
    /// Revision 2 cuts every step into fixed pieces over batch rows and W1 rows (`TrainingStep`); revision 1, the
    /// first, computed the second layer's products whole. Revisions may differ in the last bits of every loss.
    public static let currentComputation = 2

    /// `currentFormat` when written by this version.
    public var format: String
    /// `currentComputation` when computed by this version; nil in files written before it was recorded.
    public var computation: Int?
    /// The data the run read.
    public var dataset: DatasetSummary
    /// The settings, seed included.
    public var settings: TrainingSettings
    /// The scalar type of the computation.
    public var precision: TrainingPrecision
    /// The matrix-product implementation.
    public var kernel: ProductKernel
    /// Iterations per epoch: `max(training examples / batch size, 1)`, as in the book.
    public var iterationsPerEpoch: Int
    /// The loss of each mini-batch after its update, one per completed iteration.
    public var losses: [Double]
    /// Accuracy on the full training and test sets whenever `iteration % iterationsPerEpoch == 0`.
    public var accuracies: [AccuracyPoint]
    /// Set when training stopped early: the loss or a parameter stopped being finite, or the loss exploded.
    public var divergence: Divergence?
    /// What the net learned, from its final parameters; nil when training diverged and in files written before
    /// it was recorded.
    public var learned: LearnedNet?

    /// A series with the given parts.
    public init(
        dataset: DatasetSummary, settings: TrainingSettings, precision: TrainingPrecision, kernel: ProductKernel,
        iterationsPerEpoch: Int, losses: [Double] = [], accuracies: [AccuracyPoint] = [], divergence: Divergence? = nil,
        learned: LearnedNet? = nil
    ) {
        format = Self.currentFormat
        computation = Self.currentComputation
        self.dataset = dataset
        self.settings = settings
        self.precision = precision
        self.kernel = kernel
        self.iterationsPerEpoch = iterationsPerEpoch
        self.losses = losses
        self.accuracies = accuracies
        self.divergence = divergence
        self.learned = learned
    }

    /// Whether training stopped early.
    public var diverged: Bool { divergence != nil }
}

/// What a series records about its data set.
public struct DatasetSummary: Sendable, Codable, Equatable {
    /// Display name, e.g. "Fashion-MNIST".
    public var name: String
    /// A SHA-256 fingerprint of the four files (hex), as the caller computed it.
    public var sha256: String
    /// Training examples.
    public var trainCount: Int
    /// Test examples.
    public var testCount: Int

    /// A summary from its parts.
    public init(name: String, sha256: String, trainCount: Int, testCount: Int) {
        self.name = name
        self.sha256 = sha256
        self.trainCount = trainCount
        self.testCount = testCount
    }
}

/// Accuracy on the full training and test sets at one iteration.
public struct AccuracyPoint: Sendable, Codable, Equatable {
    /// The iteration (0-based) after whose update the accuracy was measured.
    public var iteration: Int
    /// `iteration / iterationsPerEpoch`.
    public var epoch: Int
    /// Fraction of training examples classified correctly.
    public var train: Double
    /// Fraction of test examples classified correctly.
    public var test: Double

    /// A point from its parts.
    public init(iteration: Int, epoch: Int, train: Double, test: Double) {
        self.iteration = iteration
        self.epoch = epoch
        self.train = train
        self.test = test
    }
}

/// Where and why training stopped early.
public struct Divergence: Sendable, Codable, Equatable {
    /// The first iteration not recorded: `losses` holds exactly the iterations before it.
    public var iteration: Int
    /// What was seen, e.g. "the loss became nan".
    public var reason: String

    /// A divergence from its parts.
    public init(iteration: Int, reason: String) {
        self.iteration = iteration
        self.reason = reason
    }
}
