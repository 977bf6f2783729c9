import Foundation

/// The loss functions of section 4.2.
public enum Loss {
    /// The book's `delta` added inside the logarithm of the cross-entropy error: 1e-7.
    public static let defaultDelta = 1e-7

    /// The sum of squared errors, 0.5 · Σ (y_k − t_k)², summed in numpy's order.
    ///
    /// The book's two examples give 0.09750000000000003 and 0.5975 exactly.
    /// - Throws: ``InvalidArgument`` if `y` and `t` differ in length.
    public static func sumOfSquaredErrors(_ y: [Double], _ t: [Double]) throws -> Double {
        try InvalidArgument.requireSameCount(t.count, as: y.count, name: "label count")
        let squares = zip(y, t).map { ($0 - $1) * ($0 - $1) }
        return 0.5 * squares.pairwiseSum()
    }

    /// The cross-entropy error of one sample with one-hot (or soft) labels: −Σ t_k log(y_k + delta).
    ///
    /// Terms with t_k = 0 count as 0 (the limit of t log y), so a zero probability in a wrong class never
    /// turns the result into NaN. With the default `delta` (1e-7) a zero probability for the correct class
    /// gives a finite loss (−log 1e-7 ≈ 16.118); with `delta: 0` it gives `+infinity`.
    /// - Throws: ``InvalidArgument`` if the lengths differ or `delta` is negative or not finite.
    public static func crossEntropy(_ y: [Double], oneHot t: [Double], delta: Double = defaultDelta) throws -> Double {
        try InvalidArgument.requireSameCount(t.count, as: y.count, name: "label count")
        return try weightedLogSum(y, t, delta: delta)
    }

    /// The cross-entropy error of one sample whose correct class is `label`: −log(y[label] + delta).
    ///
    /// With `delta: 0` a zero probability gives `+infinity`; with the default delta it stays finite.
    /// - Throws: ``InvalidArgument`` if `label` is not an index of `y` or `delta` is invalid.
    public static func crossEntropy(_ y: [Double], label: Int, delta: Double = defaultDelta) throws -> Double {
        let delta = try InvalidArgument.requireNonNegativeFinite(delta, name: "delta")
        let index = try InvalidArgument.requireIndex(label, count: y.count, name: "class label")
        return 0 - log(y[index] + delta)
    }

    /// The mean cross-entropy error of a batch with one-hot labels: −Σ t log(y + delta) / batch size.
    ///
    /// Rows are samples. The sum runs over the whole batch in numpy's order, as the book's section 4.2.4
    /// code does.
    /// - Throws: ``InvalidArgument`` if the shapes differ, the batch is empty or `delta` is invalid.
    public static func crossEntropy(
        _ y: Matrix<Double>, oneHot t: Matrix<Double>, delta: Double = defaultDelta
    ) throws -> Double {
        try requireNonEmptyBatch(y)
        try InvalidArgument.requireSameCount(t.rows, as: y.rows, name: "label row count")
        try InvalidArgument.requireSameCount(t.columns, as: y.columns, name: "label column count")
        return try weightedLogSum(y.storage, t.storage, delta: delta) / Double(y.rows)
    }

    /// The mean cross-entropy error of a batch with class-index labels:
    /// −Σ_i log(y[i, labels[i]] + delta) / batch size (the book's `y[np.arange(batch_size), t]` form).
    /// - Throws: ``InvalidArgument`` if `labels.count != y.rows`, a label is out of range, the batch is empty
    ///   or `delta` is invalid.
    public static func crossEntropy(
        _ y: Matrix<Double>, labels: [Int], delta: Double = defaultDelta
    ) throws -> Double {
        try requireNonEmptyBatch(y)
        let delta = try InvalidArgument.requireNonNegativeFinite(delta, name: "delta")
        try InvalidArgument.requireSameCount(labels.count, as: y.rows, name: "label count")
        var logs: [Double] = []
        logs.reserveCapacity(labels.count)
        for (row, label) in labels.enumerated() {
            let column = try InvalidArgument.requireIndex(label, count: y.columns, name: "class label")
            logs.append(log(y.storage[row * y.columns + column] + delta))
        }
        return (0 - logs.pairwiseSum()) / Double(y.rows)
    }

    /// −Σ t_k log(y_k + delta) in numpy's order, with terms where t_k = 0 taken as 0.
    private static func weightedLogSum(_ y: [Double], _ t: [Double], delta: Double) throws -> Double {
        let delta = try InvalidArgument.requireNonNegativeFinite(delta, name: "delta")
        let terms = zip(y, t).map { yk, tk in tk == 0 ? 0 : tk * log(yk + delta) }
        return 0 - terms.pairwiseSum()
    }

    private static func requireNonEmptyBatch(_ y: Matrix<Double>) throws {
        guard y.rows > 0 else {
            throw InvalidArgument(name: "batch size", value: "0", allowed: "at least 1 row")
        }
    }
}
