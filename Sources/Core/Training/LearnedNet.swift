/// What the net learned, recorded at the end of a training run from its final parameters: the test-set confusion
/// matrix, the weights and biases, the first misclassified test images and the class names. Enough to draw the
/// confusion matrix, the hidden units' weights, the misclassified images and the weight distributions with no
/// data set at hand (the initial weights come from `TrainingSeries.initialParameters()`).
public struct LearnedNet: Sendable, Equatable {
    /// The most misclassified test images a run records (`Trainer` records the first ones in test-set order).
    public static let maximumMisclassified = 24
    /// The longest class name read back, in characters.
    public static let maximumClassNameLength = 64

    /// One name per class, in label order (Fashion-MNIST's names, or the digits).
    public var classNames: [String]
    /// The test-set confusion matrix of the final parameters.
    public var confusion: ConfusionMatrix
    /// The final weights and biases, as `Float` (exact for a float32 run, rounded for a float64 one).
    public var parameters: TwoLayerNetParameters<Float>
    /// Pixel rows of an input image (28 for MNIST).
    public var imageRows: Int
    /// Pixel columns of an input image (28 for MNIST).
    public var imageColumns: Int
    /// The first misclassified test images in test-set order, at most `maximumMisclassified`.
    public var misclassified: [MisclassifiedExample]

    /// A record from its parts; `TrainingSeries.decode` checks that they agree with each other and the series.
    public init(
        classNames: [String], confusion: ConfusionMatrix, parameters: TwoLayerNetParameters<Float>, imageRows: Int,
        imageColumns: Int, misclassified: [MisclassifiedExample]
    ) {
        self.classNames = classNames
        self.confusion = confusion
        self.parameters = parameters
        self.imageRows = imageRows
        self.imageColumns = imageColumns
        self.misclassified = misclassified
    }

    /// Hidden unit `column`'s incoming weights (column `column` of W1), one per input pixel in row-major image
    /// order: an `imageRows × imageColumns` image. Empty when `column` is not a hidden unit.
    public func hiddenWeights(column: Int) -> [Float] {
        let shape = parameters.shape
        guard (0..<shape.hidden).contains(column) else { return [] }
        return (0..<shape.input).map { parameters.w1.storage[$0 * shape.hidden + column] }
    }

    /// The name of class `label`, or the number itself when there is no such class.
    public func className(_ label: Int) -> String {
        classNames.indices.contains(label) ? classNames[label] : "\(label)"
    }
}

/// A test image the trained net classifies wrongly.
public struct MisclassifiedExample: Sendable, Equatable {
    /// Its position in the test set (0-based).
    public var index: Int
    /// Its true class.
    public var label: Int
    /// The class the net predicts (the largest output; the first one on a tie).
    public var predicted: Int
    /// The softmax probability the net gives `predicted`.
    public var probability: Double
    /// Its pixels, row-major, `imageRows × imageColumns` bytes (0 is the background).
    public var pixels: [UInt8]

    /// An example from its parts.
    public init(index: Int, label: Int, predicted: Int, probability: Double, pixels: [UInt8]) {
        self.index = index
        self.label = label
        self.predicted = predicted
        self.probability = probability
        self.pixels = pixels
    }
}

/// Counts of test examples by true class (rows) and predicted class (columns).
public struct ConfusionMatrix: Sendable, Equatable {
    /// `counts[trueClass][predictedClass]`.
    public var counts: [[Int]]

    /// A matrix from its rows (one per true class, each with one count per predicted class).
    public init(counts: [[Int]]) { self.counts = counts }

    /// A `classes × classes` matrix of zeros.
    public init(classes: Int) { counts = Array(repeating: Array(repeating: 0, count: classes), count: classes) }

    /// The number of classes.
    public var classes: Int { counts.count }

    /// The number of examples of class `label` predicted as `predicted` (0 outside the matrix).
    public func count(label: Int, predicted: Int) -> Int {
        guard counts.indices.contains(label), counts[label].indices.contains(predicted) else { return 0 }
        return counts[label][predicted]
    }

    /// All examples counted (saturating at `Int.max`).
    public var total: Int { counts.joined().reduce(0, Saturating.add) }

    /// Examples on the diagonal (classified correctly; saturating at `Int.max`).
    public var correct: Int { counts.indices.map { count(label: $0, predicted: $0) }.reduce(0, Saturating.add) }

    /// `correct / total` (0 for an empty matrix).
    public var accuracy: Double { Double(correct) / Double(max(total, 1)) }
}
