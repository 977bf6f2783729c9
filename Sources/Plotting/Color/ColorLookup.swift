/// A colour map sampled into 256 RGBA entries, as matplotlib draws colour-mapped images: a value is
/// normalised over the range (`vmin` → 0, `vmax` → 1; 0 everywhere when the range is a single value), and
/// `t` takes entry `⌊256 t⌋`, clamped to the first and last entries. Non-finite values are transparent.
package struct ColorLookup: Sendable {
    /// The number of entries (matplotlib's default `N`).
    package static let entries = 256
    /// `entries × 4` bytes: straight RGBA of entry k = the map at k / 255.
    package let table: [UInt8]
    /// The value range mapped onto the entries.
    package let range: ClosedRange<Double>

    /// The lookup of `map` over `range`.
    package init(map: Colormap, range: ClosedRange<Double>) {
        func byte(_ c: Double) -> UInt8 { UInt8(Swift.min(Swift.max(c, 0), 1) * 255 + 0.5) }
        var table = [UInt8]()
        table.reserveCapacity(Self.entries * 4)
        for k in 0..<Self.entries {
            let c = map.color(at: Double(k) / Double(Self.entries - 1))
            table += [byte(c.red), byte(c.green), byte(c.blue), byte(c.alpha)]
        }
        self.table = table
        self.range = range
    }

    /// The entry of a value; nil for a non-finite one.
    package func index(of value: Double) -> Int? { Self.index(of: value, in: range) }

    /// matplotlib's rule for the entry of `value` over `range`: `⌊256 t⌋` of the normalised value, clamped to the
    /// first and last entries (a degenerate range gives the first); nil for a non-finite value.
    package static func index(of value: Double, in range: ClosedRange<Double>) -> Int? {
        guard value.isFinite else { return nil }
        let t = FiniteArithmetic.fraction(value, from: range.lowerBound, to: range.upperBound) ?? 0
        guard t > 0 else { return 0 }
        return t >= 1 ? entries - 1 : Swift.min(Int(t * Double(entries)), entries - 1)
    }

    /// The colour of a value (`Color.clear` for a non-finite one).
    package func color(of value: Double) -> Color {
        guard let i = index(of: value) else { return .clear }
        return Color(
            red: Double(table[4 * i]) / 255, green: Double(table[4 * i + 1]) / 255,
            blue: Double(table[4 * i + 2]) / 255, alpha: Double(table[4 * i + 3]) / 255)
    }
}
