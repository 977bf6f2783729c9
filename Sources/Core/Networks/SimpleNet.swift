/// The one-layer network of section 4.4.2: x · W → softmax → cross-entropy error.
///
/// A value: the weights never change behind the caller's back, and the gradient is computed on a copy.
public struct SimpleNet: Equatable, Sendable {
    /// The weight matrix W (inputs × classes; 2×3 in the book).
    public let weights: Matrix<Double>

    /// The book's printed W (its random draw, rounded to 8 decimals).
    public static let bookWeights = Matrix<Double>(
        uncheckedRows: 2, columns: 3,
        storage: [0.47355232, 0.9977393, 0.84668094, 0.85557411, 0.03563661, 0.69422093])

    /// A network with the given weights.
    /// - Throws: ``InvalidArgument`` if W has no rows or no columns.
    public init(weights: Matrix<Double>) throws {
        guard weights.rows > 0, weights.columns > 0 else {
            throw InvalidArgument(
                name: "weight shape", value: "\(weights.shape)", allowed: "at least 1×1")
        }
        self.weights = weights
    }

    /// The scores x · W (one per class), like the book's `predict`.
    /// - Throws: ``InvalidArgument`` if `x.count != weights.rows`.
    public func predict(_ x: [Double]) throws -> [Double] {
        try InvalidArgument.requireSameCount(x.count, as: weights.rows, name: "input length")
        return try weights.leftMultiplied(by: x)
    }

    /// The loss: softmax of the scores, then the cross-entropy error against the one-hot label `t`.
    ///
    /// Like the book's `cross_entropy_error`, a label vector of the same length as the output is turned into
    /// its argmax class and the loss is −log(y[class] + delta).
    /// - Throws: ``InvalidArgument`` if `x` or `t` has the wrong length.
    public func loss(_ x: [Double], oneHot t: [Double]) throws -> Double {
        try InvalidArgument.requireSameCount(t.count, as: weights.columns, name: "label length")
        let label = Matrix(rowVector: t).argmaxPerRow()[0]
        return try Loss.crossEntropy(Activation.softmax(predict(x)), label: label)
    }

    /// The numerical gradient of the loss with respect to every weight (the book's `dW`), element by
    /// element in row-major order with central differences.
    /// - Throws: ``InvalidArgument`` if `x` or `t` has the wrong length or `h` is invalid.
    public func lossGradient(
        _ x: [Double], oneHot t: [Double], h: Double = defaultDifferenceStep
    ) throws -> Matrix<Double> {
        try numericalGradient(of: { w in try SimpleNet(weights: w).loss(x, oneHot: t) }, at: weights, h: h)
    }
}
