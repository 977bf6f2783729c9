/// The layer sizes of a two-layer net: input → hidden (sigmoid) → output (softmax).
public struct NetShape: Sendable, Equatable, Codable {
    /// Inputs per example (784 for 28 × 28 images).
    public var input: Int
    /// Hidden units (50 in the book).
    public var hidden: Int
    /// Classes (10).
    public var output: Int

    /// A shape from its three sizes (each at least 1).
    public init(input: Int, hidden: Int, output: Int) {
        precondition(input > 0 && hidden > 0 && output > 0, "NetShape: every layer needs at least one unit")
        self.input = input
        self.hidden = hidden
        self.output = output
    }

    /// The book's 784-50-10 net.
    public static let book = NetShape(input: 784, hidden: 50, output: 10)
}

/// The weights and biases of a two-layer net, row-major: `w1` is `input × hidden`, `w2` is `hidden × output`.
/// The same type holds a gradient (one value per parameter).
public struct TwoLayerNetParameters<Scalar: TrainingScalar>: Sendable, Equatable {
    /// The layer sizes.
    public let shape: NetShape
    /// First-layer weights, `input × hidden`.
    public var w1: [Scalar]
    /// First-layer biases, `hidden`.
    public var b1: [Scalar]
    /// Second-layer weights, `hidden × output`.
    public var w2: [Scalar]
    /// Second-layer biases, `output`.
    public var b2: [Scalar]

    /// All zeros.
    public init(zerosFor shape: NetShape) {
        self.shape = shape
        w1 = [Scalar](repeating: 0, count: shape.input * shape.hidden)
        b1 = [Scalar](repeating: 0, count: shape.hidden)
        w2 = [Scalar](repeating: 0, count: shape.hidden * shape.output)
        b2 = [Scalar](repeating: 0, count: shape.output)
    }

    /// The book's initialisation: weights `weightInitStd ×` standard normal draws (w1 row by row, then w2),
    /// biases zero.
    public init(shape: NetShape, weightInitStd: Double = 0.01, generator: inout SeededGenerator) {
        self.init(zerosFor: shape)
        for i in w1.indices { w1[i] = Scalar(weightInitStd * generator.nextGaussian()) }
        for i in w2.indices { w2[i] = Scalar(weightInitStd * generator.nextGaussian()) }
    }

    /// The four arrays in the book's order W1, b1, W2, b2, with their names.
    public var named: [(name: String, values: [Scalar])] { [("W1", w1), ("b1", b1), ("W2", w2), ("b2", b2)] }

    /// Whether every value is finite.
    public var isFinite: Bool { named.allSatisfy { $0.values.allSatisfy(\.isFinite) } }
}
