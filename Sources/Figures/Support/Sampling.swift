import Core
import Foundation

/// Sampling of a figure's x values or grid from its `--range` and `--step` parameters, with the point limits
/// that keep a figure drawable.
enum Sampling {
    /// The most points on one curve.
    static let maximumCurvePoints = 200_000
    /// The most points along one side of a grid (arrows, surfaces, contours).
    static let maximumGridSide = 400

    /// `arange(lo, hi, step)` for a curve, numpy's semantics (hi excluded).
    static func curve(
        _ values: ParameterValues, range: ParameterName = .range, step: ParameterName = .step,
        extendingBy extraSteps: Double = 0
    ) throws(ParameterError) -> [Double] {
        try points(values, range: range, step: step, extendingBy: extraSteps, limit: maximumCurvePoints)
    }

    /// `arange(lo, hi + extraSteps·step, step)` for one side of a grid.
    static func gridSide(
        _ values: ParameterValues, range: ParameterName = .range, step: ParameterName = .step,
        extendingBy extraSteps: Double = 0
    ) throws(ParameterError) -> [Double] {
        try points(values, range: range, step: step, extendingBy: extraSteps, limit: maximumGridSide)
    }

    private static func points(
        _ values: ParameterValues, range: ParameterName, step: ParameterName,
        extendingBy extraSteps: Double, limit: Int
    ) throws(ParameterError) -> [Double] {
        let (lo, hi) = values.interval(range)
        let h = values.number(step)
        // The count bounded before anything is allocated, from quotients that cannot overflow: hi − lo is
        // finite for plottable ends, and hi + extraSteps·h is never formed when h is huge.
        let estimate = (hi - lo) / h + extraSteps
        let given = "\(range.flag) \(format(lo)),\(format(hi)) with \(step.flag) \(format(h))"
        guard estimate.isFinite, estimate <= Double(limit) else {
            throw ParameterError(
                "\(given) gives \(Self.count(estimate)) points; allowed 2 to \(limit) (use a larger \(step.flag))")
        }
        let stop = hi + extraSteps * h
        guard stop.isFinite else {
            throw ParameterError("\(given) gives 1 point; allowed 2 to \(limit) (use a smaller \(step.flag))")
        }
        do {
            let xs = try arange(from: lo, to: stop, step: h)
            guard xs.count <= limit else {
                throw ParameterError(
                    "\(given) gives \(xs.count) points; allowed 2 to \(limit) (use a larger \(step.flag))")
            }
            guard xs.count >= 2 else {
                throw ParameterError(
                    "\(given) gives \(xs.count) point\(xs.count == 1 ? "" : "s"); allowed 2 to \(limit) (use a smaller \(step.flag))"
                )
            }
            return xs
        } catch let error as ParameterError {
            throw error
        } catch {
            throw ParameterError("\(given): \(error)")
        }
    }

    /// "about 2.0e+301", "about 250001", "infinitely many": an estimated point count for a message.
    private static func count(_ estimate: Double) -> String {
        guard estimate.isFinite else { return "infinitely many" }
        return "about " + (estimate < 1e15 ? format(estimate.rounded(.up)) : String(format: "%.1e", estimate))
    }
}
