import Foundation

/// Automatic axis limits as matplotlib chooses them: the data range made non-singular, plus a margin
/// fraction of the span on each side (in log space on a log scale).
package enum AutoLimits {
    /// Limits for data spanning `low...high` (nil: no data) on `scale`, with `margin` (0.05 = 5 %).
    package static func limits(
        dataLow low: Double?, dataHigh high: Double?, scale: Scale,
        margin: Double
    ) -> (lower: Double, upper: Double) {
        let m = margin.isFinite ? max(0, margin) : 0
        switch scale {
        case .linear:
            guard let low, let high else { return (0, 1) }
            let (a, b) = nonsingular(low, high, expander: 0.05)
            let half = FiniteArithmetic.halfSpan(a, b)
            return (FiniteArithmetic.clamp(a - 2 * m * half), FiniteArithmetic.clamp(b + 2 * m * half))
        case .log:
            guard let high, high > 0, high.isFinite else { return (1, 10) }
            let positiveLow = (low ?? high) > 0 ? (low ?? high) : max(high / 1000, .leastNonzeroMagnitude)
            var a = log10(positiveLow), b = log10(high)
            if a == b {
                a -= 1
                b += 1
            }
            let span = b - a
            // Kept within the positive finite Doubles at the ends of their range.
            return (max(pow(10, a - m * span), .leastNonzeroMagnitude), FiniteArithmetic.clamp(pow(10, b + m * span)))
        }
    }
}
