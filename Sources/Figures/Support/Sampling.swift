import Core

/// Sampling of a figure's x values or grid from its `--range` and `--step` parameters, with the point limits
/// that keep a figure drawable.
enum Sampling {
    /// The most points on one curve.
    static let maximumCurvePoints = 200_000
    /// The most points along one side of a grid (arrows, surfaces, contours).
    static let maximumGridSide = 400

    /// `arange(lo, hi, step)` for a curve, numpy's semantics (hi excluded).
    static func curve(_ values: ParameterValues, range: ParameterName = .range, step: ParameterName = .step,
                      extendingBy extraSteps: Double = 0) throws(ParameterError) -> [Double] {
        try points(values, range: range, step: step, extendingBy: extraSteps, limit: maximumCurvePoints)
    }

    /// `arange(lo, hi + extraSteps·step, step)` for one side of a grid.
    static func gridSide(_ values: ParameterValues, range: ParameterName = .range, step: ParameterName = .step,
                         extendingBy extraSteps: Double = 0) throws(ParameterError) -> [Double] {
        try points(values, range: range, step: step, extendingBy: extraSteps, limit: maximumGridSide)
    }

    private static func points(_ values: ParameterValues, range: ParameterName, step: ParameterName,
                               extendingBy extraSteps: Double, limit: Int) throws(ParameterError) -> [Double] {
        let (lo, hi) = values.interval(range)
        let h = values.number(step)
        let stop = hi + extraSteps * h
        let tooMany = ParameterError(
            "\(range.flag) \(format(lo)),\(format(hi)) with \(step.flag) \(format(h)) gives more than \(limit) points; use a larger \(step.flag)")
        guard (stop - lo) / h <= Double(limit) else { throw tooMany }
        do {
            let xs = try arange(from: lo, to: stop, step: h)
            guard xs.count <= limit else { throw tooMany }
            return xs
        } catch let error as ParameterError {
            throw error
        } catch {
            throw ParameterError("\(range.flag) \(format(lo)),\(format(hi)) with \(step.flag) \(format(h)): \(error)")
        }
    }
}
