/// The settings of a training run (section 4.5 of the book by default).
public struct TrainingSettings: Sendable, Codable, Equatable {
    /// Mini-batch updates.
    public var iterations = 10_000
    /// Examples per mini-batch, drawn with replacement.
    public var batchSize = 100
    /// Plain SGD's step size.
    public var learningRate = 0.1
    /// Hidden units.
    public var hiddenSize = 50
    /// Standard deviation of the initial weights.
    public var weightInitStd = 0.01
    /// The random generator's seed (weights and mini-batches).
    public var seed: UInt64 = 1

    /// The book's settings with seed 1.
    public init() {}

    /// Largest accepted seed, 2⁵³ − 1: every seed survives a round trip through JSON numbers.
    public static let maximumSeed: UInt64 = (1 << 53) - 1
    /// Accepted iteration counts.
    public static let iterationRange = 1...10_000_000
    /// Accepted batch sizes (also at most the training set's size).
    public static let batchRange = 1...100_000
    /// Accepted hidden sizes.
    public static let hiddenRange = 1...10_000

    /// Throws `TrainingError.invalidSetting` naming the first bad value and what is allowed.
    public func validate(trainingExamples: Int? = nil) throws(TrainingError) {
        guard Self.iterationRange.contains(iterations) else {
            throw .invalidSetting(
                "iterations \(iterations) is out of range; allowed \(Self.iterationRange.lowerBound)...\(Self.iterationRange.upperBound)"
            )
        }
        let largestBatch = min(Self.batchRange.upperBound, trainingExamples ?? Self.batchRange.upperBound)
        guard (1...max(largestBatch, 1)).contains(batchSize) else {
            throw .invalidSetting("batch size \(batchSize) is out of range; allowed 1...\(largestBatch)")
        }
        guard learningRate.isFinite, learningRate > 0 else {
            throw .invalidSetting("learning rate \(learningRate) is not allowed; it must be a finite number > 0")
        }
        guard Self.hiddenRange.contains(hiddenSize) else {
            throw .invalidSetting(
                "hidden size \(hiddenSize) is out of range; allowed \(Self.hiddenRange.lowerBound)...\(Self.hiddenRange.upperBound)"
            )
        }
        guard weightInitStd.isFinite, weightInitStd > 0 else {
            throw .invalidSetting("weight init std \(weightInitStd) is not allowed; it must be a finite number > 0")
        }
        guard seed <= Self.maximumSeed else {
            throw .invalidSetting("seed \(seed) is out of range; allowed 0...\(Self.maximumSeed)")
        }
    }
}

/// Why a training run could not start.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A setting is out of range; the message names it and the allowed values.
    case invalidSetting(String)
    /// The training and test images have different sizes, or a set is empty.
    case unusableData(String)
    /// The run would need more memory than its budget; the message names the sizes and the estimate.
    case overMemoryBudget(String)

    /// The error as one line for the user, naming what was wrong.
    public var description: String {
        switch self {
        case .invalidSetting(let message), .unusableData(let message), .overMemoryBudget(let message): return message
        }
    }
}
