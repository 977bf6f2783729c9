/// Convenience initialisers taking any sequences of numbers (`[Int]`, `[Float]`, ranges, strides, lazy maps):
/// see `PlottableNumber`. Each converts to `[Double]` and calls the mark's own initialiser (the non-generic
/// one is chosen, being more specific).

extension LineMark {
    /// A line through any two sequences of numbers (converted to `Double`).
    public init<X: Sequence, Y: Sequence>(
        x: X, y: Y, color: Color? = nil, width: Double? = nil,
        style: LineStyle = .solid, marker: MarkerStyle? = nil,
        drawsLine: Bool = true, label: Label? = nil
    )
    where X.Element: PlottableNumber, Y.Element: PlottableNumber {
        let xs: [Double] = x.plottedValues, ys: [Double] = y.plottedValues
        self.init(
            x: xs, y: ys, color: color, width: width, style: style, marker: marker, drawsLine: drawsLine,
            label: label)
    }
}

extension ScatterMark {
    /// Markers at any two sequences of numbers (converted to `Double`), optionally with per-point areas
    /// (points²) and colour values.
    public init<X: Sequence, Y: Sequence>(
        x: X, y: Y, sizes: [Double]? = nil, values: [Double]? = nil, colormap: Colormap = .viridis,
        valueRange: ClosedRange<Double>? = nil, marker: MarkerStyle = MarkerStyle(.circle), color: Color? = nil,
        label: Label? = nil
    )
    where X.Element: PlottableNumber, Y.Element: PlottableNumber {
        let xs: [Double] = x.plottedValues, ys: [Double] = y.plottedValues
        self.init(
            x: xs, y: ys, sizes: sizes, values: values, colormap: colormap, valueRange: valueRange, marker: marker,
            color: color, label: label)
    }
}

extension FillBetweenMark {
    /// The area between two curves given as any sequences of numbers (converted to `Double`).
    public init<X: Sequence, Y1: Sequence, Y2: Sequence>(
        x: X, y1: Y1, y2: Y2, color: Color? = nil, edgeWidth: Double = 1, label: Label? = nil
    )
    where X.Element: PlottableNumber, Y1.Element: PlottableNumber, Y2.Element: PlottableNumber {
        let xs: [Double] = x.plottedValues, y1s: [Double] = y1.plottedValues, y2s: [Double] = y2.plottedValues
        self.init(x: xs, y1: y1s, y2: y2s, color: color, edgeWidth: edgeWidth, label: label)
    }
}
