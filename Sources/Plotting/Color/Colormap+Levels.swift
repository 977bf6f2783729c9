extension Colormap {
    /// The number of colours matplotlib samples a map at (`Colormap.N`, its lookup table).
    public static let levels = ColorLookup.entries

    /// The colour matplotlib draws for `value` with `range` spread over the map: the map's 256-entry lookup
    /// table indexed by `⌊t · 256⌋` (values beyond the range take the end colours), each channel rounded to
    /// 8 bits as Agg stores it, so PNG, SVG and PDF show the same colour. A NaN or infinite value gives nil
    /// (matplotlib's transparent "bad" colour: nothing is drawn); a degenerate range gives the lowest colour
    /// for every value, as matplotlib's `Normalize` does.
    public func levelColor(for value: Double, in range: ClosedRange<Double>) -> Color? {
        guard let index = ColorLookup.index(of: value, in: range) else { return nil }
        let c = color(at: Double(index) / Double(Self.levels - 1))
        func byte(_ v: Double) -> Double { (v * 255).rounded() / 255 }
        return Color(red: byte(c.red), green: byte(c.green), blue: byte(c.blue), alpha: byte(c.alpha))
    }
}
