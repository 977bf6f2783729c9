import Foundation

/// Tick labels for a linear axis and the text shown at the axis end: matplotlib's `ScalarFormatter`.
package struct TickLabels: Hashable, Sendable {
    /// One label per tick.
    package var labels: [String]
    /// The multiplier and/or offset that applies to every label ("1e6", "+1e5", "1e−7+1e3"), or nil.
    package var offsetText: String?
}

/// Formats tick values like matplotlib's default `ScalarFormatter`: the fewest decimals that tell the ticks
/// apart, a true minus sign (U+2212), and for very large or small values (magnitude ≥ 1e6 or < 1e−4, with
/// matplotlib's power limits −5…6) a common "1eN" multiplier shown once at the end of the axis; values far from
/// zero relative to their spread get a common additive offset ("+1e5").
package struct TickFormatter: Sendable, Hashable {
    /// Orders of magnitude outside `lowerPowerLimit < oom < upperPowerLimit` switch to a multiplier.
    package var lowerPowerLimit: Int = -5
    /// See `lowerPowerLimit`.
    package var upperPowerLimit: Int = 6
    /// Whether a common offset may be factored out.
    package var useOffset = true
    /// An offset is used only when it removes at least this many leading digits (matplotlib: 4).
    package var offsetThreshold = 4

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    package init() {}

    /// Labels for `ticks` on an axis showing `view` (the limits, either order).
    package func labels(for ticks: [Double], view: (Double, Double)) -> TickLabels {
        let finite = ticks.filter(\.isFinite)
        guard !finite.isEmpty else { return TickLabels(labels: ticks.map { _ in "" }, offsetText: nil) }
        let vmin = min(view.0, view.1), vmax = max(view.0, view.1)
        let visible = finite.filter { $0 >= vmin && $0 <= vmax }
        let offset = useOffset ? computeOffset(visible) : 0
        let oom = orderOfMagnitude(visible, offset: offset, view: (vmin, vmax))
        let scale = pow(10, Double(oom))
        var reference = finite
        if finite.count < 2 { reference += [vmin, vmax].filter(\.isFinite) }
        let scaled = reference.map { ($0 - offset) / scale }
        let decimals = Self.decimals(
            for: finite.count < 2 ? Array(scaled.prefix(finite.count)) : scaled,
            range: scaled)
        let labels = ticks.map { t -> String in
            guard t.isFinite else { return "" }
            var v = (t - offset) / scale
            if abs(v) < 1e-8 { v = 0 }
            return Self.fixMinus(String(format: "%.\(decimals)f", v))
        }
        var text = ""
        if oom != 0 { text += "1e\(oom)" }
        if offset != 0 { text += (offset > 0 ? "+" : "") + Self.scientific(offset) }
        return TickLabels(labels: labels, offsetText: text.isEmpty ? nil : Self.fixMinus(text))
    }

    /// Replaces ASCII hyphen-minus with the typographic minus sign U+2212.
    package static func fixMinus(_ s: String) -> String { s.replacingOccurrences(of: "-", with: "\u{2212}") }

    /// The fewest decimals (matplotlib's `_set_format`) that keep `values` distinct at the scale of `range`.
    static func decimals(for values: [Double], range: [Double]) -> Int {
        guard let lo = range.min(), let hi = range.max() else { return 0 }
        var spread = hi - lo
        if spread == 0 || !spread.isFinite { spread = range.map { abs($0) }.max() ?? 1 }
        if spread == 0 || !spread.isFinite { spread = 1 }
        let spreadOOM = Int(spread.log10Floor)
        var digits = max(0, 3 - spreadOOM)
        let threshold = 1e-3 * pow(10, Double(spreadOOM))
        var guardCount = 0
        while digits >= 0 && guardCount < 40 {
            guardCount += 1
            let p = pow(10, Double(min(digits, 300)))
            let worst = values.map { abs($0 - ($0 * p).rounded() / p) }.max() ?? 0
            if worst < threshold { digits -= 1 } else { break }
        }
        return min(digits + 1, 30)
    }

    /// matplotlib's `_compute_offset`.
    func computeOffset(_ visible: [Double]) -> Double {
        guard let lmin = visible.min(), let lmax = visible.max(), lmin != lmax, !(lmin <= 0 && 0 <= lmax)
        else { return 0 }
        let absMin = min(abs(lmin), abs(lmax)), absMax = max(abs(lmin), abs(lmax))
        let sign: Double = lmin < 0 ? -1 : 1
        let oomMax = log10(absMax).rounded(.up)
        func firstDiffering(_ test: (Double) -> Bool) -> Double? {
            var oom = oomMax
            for _ in 0..<700 {
                if test(oom) { return oom }
                oom -= 1
            }
            return nil
        }
        guard
            var oom = firstDiffering({ (absMin / pow(10, $0)).rounded(.down) != (absMax / pow(10, $0)).rounded(.down) })
        else { return 0 }
        oom += 1
        if (absMax - absMin) / pow(10, oom) <= 1e-2 {
            guard let o = firstDiffering({ absMax - absMin >= pow(10, $0 - 2) }) else { return 0 }
            oom = o + 1
        }
        let leading = (absMax / pow(10, oom)).rounded(.down)
        guard leading >= pow(10, Double(offsetThreshold - 1)) else { return 0 }
        return sign * leading * pow(10, oom)
    }

    /// matplotlib's `_set_order_of_magnitude`.
    func orderOfMagnitude(_ visible: [Double], offset: Double, view: (Double, Double)) -> Int {
        let oom: Int
        if offset != 0 {
            let span = view.1 - view.0
            oom = span > 0 && span.isFinite ? Int(span.log10Floor) : 0
        } else {
            let largest = visible.map { abs($0) }.max() ?? 0
            oom = largest == 0 ? 0 : Int(largest.log10Floor)
        }
        return (oom <= lowerPowerLimit || oom >= upperPowerLimit) ? oom : 0
    }

    /// "1e5", "1.5e3", "-2.25e-7": matplotlib's `_formatSciNotation` of `%1.10e`.
    static func scientific(_ v: Double) -> String {
        let s = String(format: "%1.10e", v)
        guard let e = s.firstIndex(of: "e") else { return s }
        var mantissa = String(s[..<e])
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        let exponent = Int(s[s.index(after: e)...]) ?? 0
        return "\(mantissa)e\(exponent)"
    }
}
