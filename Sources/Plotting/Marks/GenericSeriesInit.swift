/// Convenience initialisers taking any sequences of numbers (`[Int]`, `[Float]`, ranges, strides, lazy maps):
/// see `PlottableNumber`.

extension LineMark {
    /// A line through any two sequences of numbers (converted to `Double`).
    public init<X: Sequence, Y: Sequence>(
        x: X, y: Y, color: Color? = nil, width: Double? = nil,
        style: LineStyle = .solid, marker: MarkerStyle? = nil,
        drawsLine: Bool = true, label: String? = nil
    )
    where X.Element: PlottableNumber, Y.Element: PlottableNumber {
        // Assigned directly: delegating to `init(x: [Double], …)` would resolve back to this generic init.
        self.x = x.plottedValues
        self.y = y.plottedValues
        self.color = color
        self.width = width
        self.style = style
        self.marker = marker
        self.drawsLine = drawsLine
        self.label = label
    }
}

extension ScatterMark {
    /// Markers at any two sequences of numbers (converted to `Double`).
    public init<X: Sequence, Y: Sequence>(
        x: X, y: Y, marker: MarkerStyle = MarkerStyle(.circle), color: Color? = nil,
        label: String? = nil
    )
    where X.Element: PlottableNumber, Y.Element: PlottableNumber {
        // Assigned directly: delegating would resolve back to this generic init.
        self.x = x.plottedValues
        self.y = y.plottedValues
        self.marker = marker
        self.color = color
        self.label = label
    }
}

extension FillBetweenMark {
    /// The area between two curves given as any sequences of numbers (converted to `Double`).
    public init<X: Sequence, Y1: Sequence, Y2: Sequence>(
        x: X, y1: Y1, y2: Y2, color: Color? = nil, edgeWidth: Double = 1, label: String? = nil
    )
    where X.Element: PlottableNumber, Y1.Element: PlottableNumber, Y2.Element: PlottableNumber {
        self.x = x.plottedValues
        self.y1 = y1.plottedValues
        self.y2 = y2.plottedValues
        self.color = color
        self.edgeWidth = edgeWidth
        self.label = label
    }
}
