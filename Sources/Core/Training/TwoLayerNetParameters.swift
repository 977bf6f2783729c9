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

/// The weights and biases of a two-layer net (the book's `params` dictionary): `w1` is `input × hidden`,
/// `w2` is `hidden × output`. The same type holds a gradient (one value per parameter).
public struct TwoLayerNetParameters<Scalar: TrainingScalar>: Sendable, Equatable {
    /// The layer sizes.
    public let shape: NetShape
    /// First-layer weights, `input × hidden`.
    public var w1: Matrix<Scalar>
    /// First-layer biases, `hidden`.
    public var b1: [Scalar]
    /// Second-layer weights, `hidden × output`.
    public var w2: Matrix<Scalar>
    /// Second-layer biases, `output`.
    public var b2: [Scalar]

    /// All zeros.
    public init(zerosFor shape: NetShape) {
        self.init(
            shape: shape, w1: [Scalar](repeating: 0, count: shape.input * shape.hidden),
            b1: [Scalar](repeating: 0, count: shape.hidden),
            w2: [Scalar](repeating: 0, count: shape.hidden * shape.output),
            b2: [Scalar](repeating: 0, count: shape.output))
    }

    /// The book's initialisation: weights `weightInitStd ×` standard normal draws (W1 row by row, then W2),
    /// biases zero.
    public init(shape: NetShape, weightInitStd: Double = 0.01, generator: inout SeededGenerator) {
        let w1 = (0..<shape.input * shape.hidden).map { _ in Scalar(weightInitStd * generator.nextGaussian()) }
        let w2 = (0..<shape.hidden * shape.output).map { _ in Scalar(weightInitStd * generator.nextGaussian()) }
        self.init(
            shape: shape, w1: w1, b1: [Scalar](repeating: 0, count: shape.hidden),
            w2: w2, b2: [Scalar](repeating: 0, count: shape.output))
    }

    /// Parameters from flat row-major arrays whose lengths the caller has matched to `shape`.
    init(shape: NetShape, w1: [Scalar], b1: [Scalar], w2: [Scalar], b2: [Scalar]) {
        precondition(
            w1.count == shape.input * shape.hidden && b1.count == shape.hidden
                && w2.count == shape.hidden * shape.output && b2.count == shape.output,
            "TwoLayerNetParameters: sizes do not match the shape")
        self.shape = shape
        self.w1 = Matrix(uncheckedRows: shape.input, columns: shape.hidden, storage: w1)
        self.b1 = b1
        self.w2 = Matrix(uncheckedRows: shape.hidden, columns: shape.output, storage: w2)
        self.b2 = b2
    }

    /// The four parameters in the book's order W1, b1, W2, b2, each as its flat row-major values.
    public var named: [(name: String, values: [Scalar])] {
        [("W1", w1.storage), ("b1", b1), ("W2", w2.storage), ("b2", b2)]
    }

    /// The same parameters rounded to `Float` (exact when `Scalar` is `Float`).
    public var roundedToFloat: TwoLayerNetParameters<Float> {
        TwoLayerNetParameters<Float>(
            shape: shape, w1: w1.storage.map { Float($0) }, b1: b1.map { Float($0) }, w2: w2.storage.map { Float($0) },
            b2: b2.map { Float($0) })
    }

    /// Whether every value is finite.
    public var isFinite: Bool { named.allSatisfy { $0.values.allSatisfy(\.isFinite) } }
}
