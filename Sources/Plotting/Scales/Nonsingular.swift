/// Widens a degenerate range the way matplotlib's `transforms.nonsingular` does, so that ticks and
/// scales always have a usable, finite, increasing interval.
///
/// - Non-finite ends give `-expander ... expander`.
/// - A range too close to zero to compute with (below ~1e-300) gives `-expander ... expander`.
/// - A constant (or nearly constant, relative to `tiny`) range `v...v` gives `v - expander·|v| ... v + expander·|v|`,
///   or `-expander ... expander` around zero.
/// - Reversed ends are swapped.
package func nonsingular(
    _ a: Double, _ b: Double, expander: Double = 0.05, tiny: Double = 1e-15
)
    -> (lower: Double, upper: Double)
{
    guard a.isFinite, b.isFinite else { return (-expander, expander) }
    var (low, high) = a <= b ? (a, b) : (b, a)
    let largest = max(abs(low), abs(high))
    if largest < Double.leastNormalMagnitude * 1e6 {
        return (-expander, expander)
    }
    if high - low <= largest * tiny {
        if high == 0 && low == 0 { return (-expander, expander) }
        low -= expander * abs(low)
        high += expander * abs(high)
    }
    if !(high - low).isFinite && !(high / 2 - low / 2).isFinite { return (-expander, expander) }
    return (low, high)
}
