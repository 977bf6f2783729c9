/// Convenience initialisers taking any sequences of floating-point values (`Float` arrays, strides, lazy maps).

extension LineMark {
    /// A line through any two sequences of floating-point values (converted to `Double`).
    public init<X: Sequence, Y: Sequence>(
        x: X, y: Y, color: Color? = nil, width: Double? = nil,
        style: LineStyle = .solid, marker: MarkerStyle? = nil,
        drawsLine: Bool = true, label: Label? = nil
    )
    where X.Element: BinaryFloatingPoint, Y.Element: BinaryFloatingPoint {
        // Assigned directly: delegating to `init(x: [Double], …)` would resolve back to this generic init.
        self.x = x.map { Double($0) }
        self.y = y.map { Double($0) }
        self.color = color
        self.width = width
        self.style = style
        self.marker = marker
        self.drawsLine = drawsLine
        self.label = label
    }
}

extension ScatterMark {
    /// Markers at any two sequences of floating-point values (converted to `Double`).
    public init<X: Sequence, Y: Sequence>(
        x: X, y: Y, marker: MarkerStyle = MarkerStyle(.circle), color: Color? = nil,
        label: Label? = nil
    )
    where X.Element: BinaryFloatingPoint, Y.Element: BinaryFloatingPoint {
        // Assigned directly: delegating would resolve back to this generic init.
        self.x = x.map { Double($0) }
        self.y = y.map { Double($0) }
        self.marker = marker
        self.color = color
        self.label = label
    }
}
