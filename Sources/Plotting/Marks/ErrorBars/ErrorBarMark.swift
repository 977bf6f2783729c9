/// Points with error bars: matplotlib's `errorbar`. By default a line joins the points (matplotlib's
/// `fmt=''`); set `drawsLine: false` and a `marker` for `fmt='o'`.
///
/// Error bars are as wide as the line (1.5 pt) in the mark's colour; caps, when `capSize` > 0, are
/// `2 × capSize` points long and 1 pt thick (matplotlib's `capsize` and `markeredgewidth`). A point with a
/// NaN coordinate or error size has no bar (and breaks the line).
///
/// ```swift
/// ErrorBarMark(x: xs, y: means, yError: .symmetric(sds), capSize: 3, label: "mean ± sd")
/// ErrorBarMark(x: xs, y: ys, yError: .asymmetric(lower: lo, upper: hi), drawsLine: false,
///              marker: MarkerStyle(.circle))
/// ```
public struct ErrorBarMark: Mark, Validatable, PositiveBoundsProviding, LegendObstacle {
    /// The x values in data units.
    public var x: [Double]
    /// The y values in data units.
    public var y: [Double]
    /// Vertical error bars (sizes in y data units); nil for none.
    public var yError: ErrorExtent?
    /// Horizontal error bars (sizes in x data units); nil for none.
    public var xError: ErrorExtent?
    /// Half the cap length in points (matplotlib's `capsize`, default 0: no caps).
    public var capSize: Double
    /// Whether a line joins the points.
    public var drawsLine: Bool
    /// Markers at the points; nil for none.
    public var marker: MarkerStyle?
    /// The colour of the line, bars, caps and markers; nil takes the next colour of the axes' cycle.
    public var color: Color?
    /// The width of the line and the bars in points; nil uses `theme.lineWidth` (1.5 pt).
    public var lineWidth: Double?
    /// The legend label; nil or empty leaves the mark out of the legend.
    public var label: Label?

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        x: [Double], y: [Double], yError: ErrorExtent? = nil, xError: ErrorExtent? = nil, capSize: Double = 0,
        drawsLine: Bool = true, marker: MarkerStyle? = nil, color: Color? = nil, lineWidth: Double? = nil,
        label: Label? = nil
    ) {
        self.x = x
        self.y = y
        self.yError = yError
        self.xError = xError
        self.capSize = capSize
        self.drawsLine = drawsLine
        self.marker = marker
        self.color = color
        self.lineWidth = lineWidth
        self.label = label
    }

    /// Error bars at any two sequences of numbers (converted to `Double`).
    public init<X: Sequence, Y: Sequence>(
        x: X, y: Y, yError: ErrorExtent? = nil, xError: ErrorExtent? = nil, capSize: Double = 0,
        drawsLine: Bool = true, marker: MarkerStyle? = nil, color: Color? = nil, lineWidth: Double? = nil,
        label: Label? = nil
    ) where X.Element: PlottableNumber, Y.Element: PlottableNumber {
        let xs: [Double] = x.plottedValues, ys: [Double] = y.plottedValues
        self.init(
            x: xs, y: ys, yError: yError, xError: xError, capSize: capSize, drawsLine: drawsLine, marker: marker,
            color: color, lineWidth: lineWidth, label: label)
    }

    /// Throws a `PlotError` naming the first invalid input.
    public func validate() throws {
        try SeriesValidation.check("ErrorBarMark", x: x, y: y)
        try yError?.check("yError", count: x.count)
        try xError?.check("xError", count: x.count)
        guard capSize.isFinite, capSize >= 0, capSize <= 10_000 else {
            throw PlotError("ErrorBarMark: cap size \(capSize) is not a number of points in 0...10000")
        }
        if let lineWidth, !(lineWidth.isFinite && lineWidth >= 0) {
            throw PlotError("ErrorBarMark: line width \(lineWidth) is not a finite number ≥ 0")
        }
        if let marker {
            try ScatterMark(x: x, y: y, marker: marker).validate()
        }
    }

    /// The points and the ends of their bars.
    public var dataBounds: DataBounds? { dataBounds(positiveX: false, positiveY: false) }
    /// The points and bar ends counting only positive values along log axes (a bar reaching below 0 then runs
    /// off the bottom, as in matplotlib).
    public func dataBounds(positiveX: Bool, positiveY: Bool) -> DataBounds? {
        let points = zip(x, y).filter { $0.isFinite && $1.isFinite }
        let bars = ErrorBarGeometry.bars(of: self)
        return DataBounds.spanning(
            xs: points.map(\.0) + bars.flatMap { [$0.from.x, $0.to.x] },
            ys: points.map(\.1) + bars.flatMap { [$0.from.y, $0.to.y] }, positiveX: positiveX, positiveY: positiveY)
    }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { color == nil }

    /// Draws the bars and caps, then the line and markers on top (matplotlib's z-order).
    public func draw(in context: MarkContext) {
        let c = color ?? context.cycleColor
        let w = lineWidth ?? context.theme.lineWidth
        ErrorBarGeometry.drawBars(of: self, color: c, width: w, in: context)
        LineMark(x: x, y: y, color: c, width: w, marker: marker, drawsLine: drawsLine).draw(in: context)
    }

    /// Where the mark draws, for the legend's `.best` placement.
    public func obstaclePolylines(in context: MarkContext) -> [[Point]] {
        let line = LineMark(x: x, y: y, marker: marker, drawsLine: drawsLine).obstaclePolylines(in: context)
        let bars = ErrorBarGeometry.bars(of: self).map {
            [context.transform($0.from.x, $0.from.y), context.transform($0.to.x, $0.to.y)]
        }
        return line + bars.filter { $0.allSatisfy { $0.x.isFinite && $0.y.isFinite } }
    }

    /// The legend entry, as matplotlib's: the line and marker with a bar (and caps) for each error direction,
    /// reaching half a font size either side of the centre; nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        guard let label, !label.isEmpty else { return nil }
        let c = color ?? cycleColor, w = lineWidth ?? theme.lineWidth, reach = theme.fontSize / 2
        let line = LineMark(x: [], y: [], color: c, width: w, marker: marker, drawsLine: drawsLine, label: label)
        guard let sample = line.legendEntry(cycleColor: c, theme: theme)?.drawSample else { return nil }
        var sampleMark = ErrorBarMark(x: [0], y: [0], capSize: capSize, drawsLine: false)
        sampleMark.yError = yError.map { _ in .constant(reach) }
        sampleMark.xError = xError.map { _ in .constant(reach) }
        let bars = sampleMark
        return LegendEntry(label: label) { canvas, rect in
            let mid = rect.center
            let context = MarkContext(
                canvas: canvas,
                plotArea: rect.outset(by: EdgeInsets(left: reach, right: reach, top: reach, bottom: reach)),
                transform: { Point(mid.x + $0, mid.y - $1) }, dataPerPoint: (1, 1), theme: theme, cycleColor: c)
            ErrorBarGeometry.drawBars(of: bars, color: c, width: w, in: context)
            sample(canvas, rect)
        }
    }
}
