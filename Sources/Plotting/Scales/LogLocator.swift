import Foundation

/// Tick positions for a base-10 logarithmic axis: decades (stepping over several decades when the range
/// is wide, like matplotlib's `LogLocator`), and optionally the minor ticks 2…9 × 10ⁿ.
package struct LogLocator: Sendable, Hashable {
    /// The most major ticks wanted (matplotlib: 9 by default).
    package var maxTicks: Int
    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    package init(maxTicks: Int = 9) { self.maxTicks = max(2, min(maxTicks, 100)) }

    /// Decade ticks inside `lower...upper` (positive values; non-positive or non-finite ends give a fallback).
    package func ticks(from lower: Double, to upper: Double) -> [Double] {
        guard let (lo, hi) = Self.exponentRange(lower, upper) else { return [1, 10] }
        // matplotlib's stride: numdec // numticks + 1, but small enough to leave two ticks.
        let decades = hi - lo
        var stride_ = decades / maxTicks + 1
        if stride_ >= decades { stride_ = max(1, decades - 1) }
        var ticks: [Double] = []
        var e = (lo / stride_) * stride_
        if e < lo { e += stride_ }
        while e <= hi {
            ticks.append(pow(10, Double(e)))
            e += stride_
        }
        return ticks.filter { $0.isFinite && $0 > 0 }
    }

    /// The unlabelled minor ticks 2…9 × 10ⁿ inside `lower...upper` (none when over 10 decades are shown,
    /// as matplotlib).
    package func minorTicks(from lower: Double, to upper: Double) -> [Double] {
        guard let (lo, hi) = Self.exponentRange(lower, upper),
            log10(max(lower, upper) / max(min(lower, upper), .leastNormalMagnitude)) <= 10,
            lo - 1 <= hi
        else { return [] }
        let low = min(lower, upper), high = max(lower, upper)
        var ticks: [Double] = []
        for e in (lo - 1)...hi {
            for m in 2...9 {
                let v = Double(m) * pow(10, Double(e))
                if v >= low && v <= high { ticks.append(v) }
            }
        }
        return ticks
    }

    /// Labels "10^{n}" in dlplot's label markup (the canvas draws a real superscript), with U+2212 minus.
    package func labels(for ticks: [Double]) -> [Label] {
        ticks.map { t in
            guard t > 0, t.isFinite else { return "" }
            let e = Int(log10(t).rounded())
            return .markup(TickFormatter.fixMinus("10^{\(e)}"))
        }
    }

    /// The integer decade exponents inside the range (lo > hi when no power of ten lies inside), or nil if
    /// the range has no positive finite part.
    static func exponentRange(_ a: Double, _ b: Double) -> (Int, Int)? {
        let low = min(a, b), high = max(a, b)
        guard high > 0, high.isFinite, low.isFinite else { return nil }
        // At least the smallest subnormal: a thousandth of a subnormal `high` is 0, whose logarithm is -∞.
        let lowPositive = low > 0 ? low : max(high / 1000, .leastNonzeroMagnitude)
        var lo = log10(lowPositive).rounded(.up)
        if pow(10, lo - 1) >= lowPositive * (1 - 1e-12) { lo -= 1 }
        if pow(10, lo) < lowPositive * (1 - 1e-12) { lo += 1 }
        var hi = log10(high).rounded(.down)
        if pow(10, hi + 1) <= high * (1 + 1e-12) { hi += 1 }
        if pow(10, hi) > high * (1 + 1e-12) { hi -= 1 }
        return (Int(lo), Int(hi))
    }
}
