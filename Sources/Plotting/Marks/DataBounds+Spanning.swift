extension DataBounds {
    /// The extent of the finite `xs` and, separately, of the finite `ys` (not paired: each value is an edge of
    /// something drawn), counting along each flagged axis only values > 0 (log axes); nil if either has none.
    package static func spanning(xs: [Double], ys: [Double], positiveX: Bool, positiveY: Bool) -> DataBounds? {
        let x = xs.filter { $0.isFinite && (!positiveX || $0 > 0) }
        let y = ys.filter { $0.isFinite && (!positiveY || $0 > 0) }
        guard let xMin = x.min(), let xMax = x.max(), let yMin = y.min(), let yMax = y.max() else { return nil }
        return DataBounds(xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax)
    }
}
