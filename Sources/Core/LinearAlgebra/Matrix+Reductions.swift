/// The direction of a reduction over a ``Matrix``.
public enum MatrixAxis: Sendable {
    /// Reduce down each column (numpy `axis=0`): one value per column.
    case rows
    /// Reduce along each row (numpy `axis=1`): one value per row.
    case columns
}

extension Matrix {
    /// The sum of all elements in numpy's pairwise order (see `Array.pairwiseSum()`), like `np.sum(m)`.
    public func sum() -> Scalar {
        storage.pairwiseSum()
    }

    /// Sums along an axis in numpy's order: `.rows` gives the column sums (numpy `sum(axis=0)`, rows added
    /// top to bottom), `.columns` the row sums (numpy `sum(axis=1)`, each row summed pairwise).
    public func sum(along axis: MatrixAxis) -> [Scalar] {
        switch axis {
        case .rows:
            var sums = [Scalar](repeating: 0, count: columns)
            for r in 0..<rows {
                for c in 0..<columns {
                    sums[c] += storage[r * columns + c]
                }
            }
            return sums
        case .columns:
            return (0..<rows).map { r in storage[(r * columns)..<((r + 1) * columns)].pairwiseSum() }
        }
    }

    /// The column index of the largest element of each row (the first one on ties, like numpy).
    ///
    /// The result has one index per row, or is empty when the matrix has no columns (no row has a maximum).
    /// NaN elements are skipped; a row that is entirely NaN gives index 0.
    public func argmaxPerRow() -> [Int] {
        guard columns > 0 else { return [] }
        return (0..<rows).map { r in
            Self.argmax(storage[(r * columns)..<((r + 1) * columns)])
        }
    }

    static func argmax(_ values: ArraySlice<Scalar>) -> Int {
        var best = 0
        var bestValue: Scalar? = nil
        for (offset, value) in values.enumerated() where !value.isNaN {
            if let current = bestValue, value <= current { continue }
            best = offset
            bestValue = value
        }
        return best
    }
}
