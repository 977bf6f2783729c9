/// Arithmetic on axis limits that stays finite for any finite input, even when the span between two ends is
/// wider than the largest Double (`-1e308 ... 1e308`): work with half the span, clamp sums to the finite range.
/// For ordinary limits both give bit for bit what the plain formulas give (halving a Double is exact).
package enum FiniteArithmetic {
    /// `value` moved into `-greatestFiniteMagnitude ... greatestFiniteMagnitude` (NaN stays NaN).
    package static func clamp(_ value: Double) -> Double {
        min(max(value, -Double.greatestFiniteMagnitude), Double.greatestFiniteMagnitude)
    }

    /// `(upper − lower) / 2`, finite whenever both ends are.
    package static func halfSpan(_ lower: Double, _ upper: Double) -> Double {
        upper / 2 - lower / 2
    }

    /// Where `value` lies between `lower` (0) and `upper` (1): `(value − lower) / (upper − lower)` without
    /// overflow; nil when the span is zero or not finite.
    package static func fraction(_ value: Double, from lower: Double, to upper: Double) -> Double? {
        let half = halfSpan(lower, upper)
        guard half > 0, half.isFinite else { return nil }
        return (value / 2 - lower / 2) / half
    }
}
