import Foundation

/// Nice tick positions for a linear axis: a port of matplotlib's `MaxNLocator` (the default `AutoLocator`
/// uses steps 1, 2, 2.5, 5, 10).
///
/// Pure and total: any input (empty, constant, reversed, huge, tiny, denormal or non-finite range) gives a
/// sorted list of finite ticks, computed with bounded loops.
///
/// ```swift
/// let ticks = MaxNLocator().ticks(from: 0, to: 1)   // [0, 0.2, 0.4, 0.6, 0.8, 1]
/// ```
package struct MaxNLocator: Sendable, Hashable {
    /// The maximum number of intervals between ticks (matplotlib's `nbins`).
    package var maxIntervals: Int
    /// Acceptable step multipliers within a decade, increasing, from 1 up to 10.
    package var steps: [Double]
    /// The fewest ticks that must fall inside the range (matplotlib's `min_n_ticks`).
    package var minimumTicks: Int

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    package init(maxIntervals: Int = 9, steps: [Double] = [1, 2, 2.5, 5, 10], minimumTicks: Int = 2) {
        self.maxIntervals = max(1, min(maxIntervals, 100))
        let cleaned = steps.filter { $0.isFinite && $0 >= 1 && $0 <= 10 }.sorted()
        self.steps = cleaned.isEmpty ? [1, 2, 2.5, 5, 10] : cleaned
        self.minimumTicks = max(1, min(minimumTicks, 10))
    }

    /// matplotlib's automatic `nbins` for an axis `length` points long with tick labels of `fontSize`:
    /// one interval per three font sizes along x, per two along y, clamped to 1...9.
    package static func automaticIntervals(axisLength length: Double, fontSize: Double, horizontal: Bool) -> Int {
        let spacing = fontSize * (horizontal ? 3 : 2)
        guard length.isFinite, spacing > 0, spacing.isFinite else { return 9 }
        let n = (length / spacing).rounded(.down)
        return Int(max(1, min(9, n)))
    }

    /// The ticks inside `lower...upper` (either order), sorted increasingly.
    package func ticks(from lower: Double, to upper: Double) -> [Double] {
        let all = rawTicks(from: lower, to: upper)
        let (low, high) = nonsingular(lower, upper, expander: 1e-13, tiny: 1e-14)
        let slack = (high / 2 - low / 2) * 2e-10
        return all.filter { $0 >= low - slack && $0 <= high + slack && $0.isFinite }
    }

    /// The ticks around `lower...upper`, including up to one step beyond each end (as matplotlib's
    /// `tick_values`, before the axis drops those outside the view).
    package func rawTicks(from lower: Double, to upper: Double) -> [Double] {
        let (low, high) = nonsingular(lower, upper, expander: 1e-13, tiny: 1e-14)
        if !(high - low).isFinite {
            // The span overflows a Double: tick a tenth of the range and scale back.
            return rawTicks(from: low / 10, to: high / 10).map { $0 * 10 }.filter(\.isFinite)
        }
        let (scale, offset) = Self.scaleRange(low, high, intervals: Double(maxIntervals))
        let vmin = low - offset, vmax = high - offset
        let extended = steps.dropLast().map { $0 * 0.1 } + steps + [10 * (steps.count > 1 ? steps[1] : 10)]
        let scaled = extended.map { $0 * scale }
        let rawStep = (vmax - vmin) / Double(maxIntervals)
        let firstLarge = scaled.firstIndex { $0 >= rawStep } ?? (scaled.count - 1)
        let edge = EdgeInteger(offset: offset)
        var ticks: [Double] = []
        for step in scaled[...firstLarge].reversed() where step > 0 && step.isFinite {
            let best = (vmin / step).rounded(.down) * step
            let lowIndex = edge.le(vmin - best, step: step)
            let highIndex = edge.ge(vmax - best, step: step)
            guard lowIndex.isFinite, highIndex.isFinite, highIndex - lowIndex < 1000 else { continue }
            ticks = stride(from: lowIndex, through: highIndex, by: 1).map { $0 * step + best }
            let inside = ticks.filter { $0 <= vmax && $0 >= vmin }.count
            if inside >= minimumTicks { break }
        }
        if ticks.isEmpty { return [low, high] }
        return ticks.map { $0 + offset }
    }

    /// matplotlib's `scale_range`: the power of ten near `span / intervals`, and an offset when the values
    /// sit far from zero relative to their span.
    static func scaleRange(_ low: Double, _ high: Double, intervals: Double) -> (scale: Double, offset: Double) {
        let span = abs(high - low)
        let mean = high / 2 + low / 2
        var offset = 0.0
        if abs(mean) / span >= 100 {
            offset = (abs(mean).log10Floor).exp10 * (mean < 0 ? -1 : 1)
        }
        let scale = (span / intervals).log10Floor.exp10
        return (scale, offset)
    }
}

/// matplotlib's `_Edge_integer`: integer multiples of a step, forgiving rounding error near the edges.
private struct EdgeInteger {
    var offset: Double
    func tolerance(step: Double) -> Double {
        guard offset > 0 else { return 1e-10 }
        let digits = log10(offset / step)
        return min(0.4999, max(1e-10, pow(10, digits - 12)))
    }
    /// The largest n with n·step ≤ x.
    func le(_ x: Double, step: Double) -> Double {
        let d = (x / step).rounded(.down), m = x - d * step
        return abs(m / step - 1) < tolerance(step: step) ? d + 1 : d
    }
    /// The smallest n with n·step ≥ x.
    func ge(_ x: Double, step: Double) -> Double {
        let d = (x / step).rounded(.down), m = x - d * step
        return abs(m / step) < tolerance(step: step) ? d : d + 1
    }
}
