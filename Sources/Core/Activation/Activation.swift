import Foundation

/// The activation functions of chapter 3 that chapter 4 reuses.
///
/// Scalar functions follow the book's numpy code; NaN inputs give NaN outputs (a gap when plotted).
public enum Activation {
    /// The step function: 1 for x > 0, otherwise 0 (the book's `np.array(x > 0, dtype=int)`); NaN stays NaN.
    public static func step(_ x: Double) -> Double {
        if x.isNaN { return x }
        return x > 0 ? 1 : 0
    }

    /// The sigmoid 1 / (1 + e^(−x)). Saturates to exactly 0 or 1 for large |x| instead of overflowing.
    public static func sigmoid(_ x: Double) -> Double {
        1 / (1 + exp(-x))
    }

    /// ReLU: x for x > 0, otherwise 0 (numpy's `np.maximum(0, x)`); NaN stays NaN.
    public static func relu(_ x: Double) -> Double {
        if x.isNaN { return x }
        return x > 0 ? x : 0
    }

    /// The softmax of a vector, computed stably: exp(a − max a) / Σ exp(a − max a).
    ///
    /// Subtracting the maximum keeps `softmax([1000, 1010])` finite (≈ [4.54e-5, 0.99995]) where the naive
    /// formula overflows to NaN. The sum uses numpy's order (`pairwiseSum`). An empty input gives `[]`;
    /// an input containing NaN or +∞ gives all NaN (there is no meaningful distribution).
    public static func softmax(_ a: [Double]) -> [Double] {
        guard let maximum = a.max(), !a.contains(where: \.isNaN) else {
            return a.isEmpty ? [] : Array(repeating: .nan, count: a.count)
        }
        let exps = a.map { exp($0 - maximum) }
        let sum = exps.pairwiseSum()
        return exps.map { $0 / sum }
    }

    /// The softmax of every row of a batch (numpy `softmax` on a 2-D array, axis −1).
    public static func softmax(_ batch: Matrix<Double>) -> Matrix<Double> {
        var result: [Double] = []
        result.reserveCapacity(batch.count)
        for r in 0..<batch.rows {
            let start = r * batch.columns
            result += softmax(Array(batch.storage[start..<(start + batch.columns)]))
        }
        return Matrix(uncheckedRows: batch.rows, columns: batch.columns, storage: result)
    }
}
