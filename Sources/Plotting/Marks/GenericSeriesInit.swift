/// Convenience initialisers taking any sequences of floating-point values (`Float` arrays, strides, lazy maps).

extension LineMark {
    /// A line through any two sequences of floating-point values (converted to `Double`).
    public init<X: Sequence, Y: Sequence>(x: X, y: Y, color: Color? = nil, width: Double? = nil,
                                          style: LineStyle = .solid, marker: MarkerStyle? = nil,
                                          drawsLine: Bool = true, label: String? = nil)
    where X.Element: BinaryFloatingPoint, Y.Element: BinaryFloatingPoint {
        self.init(x: x.map { Double($0) }, y: y.map { Double($0) }, color: color, width: width, style: style,
                  marker: marker, drawsLine: drawsLine, label: label)
    }
}

extension ScatterMark {
    /// Markers at any two sequences of floating-point values (converted to `Double`).
    public init<X: Sequence, Y: Sequence>(x: X, y: Y, marker: MarkerStyle = MarkerStyle(.circle), color: Color? = nil,
                                          label: String? = nil)
    where X.Element: BinaryFloatingPoint, Y.Element: BinaryFloatingPoint {
        self.init(x: x.map { Double($0) }, y: y.map { Double($0) }, marker: marker, color: color, label: label)
    }
}
