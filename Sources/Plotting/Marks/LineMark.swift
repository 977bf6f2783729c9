/// A line through (x, y) points, optionally with markers: matplotlib's `plot`.
///
/// Non-finite values (and values ≤ 0 on a log axis) break the line into separate pieces. Long lines are
/// simplified below 1/18 device pixel (`PolylineBuilder.pixelTolerance`), so a million points draw fast with
/// no visible change.
///
/// ```swift
/// LineMark(x: xs, y: ys, label: "sigmoid")
/// LineMark(x: xs, y: steps, color: .black, style: .dashed, label: "step")
/// LineMark(x: px, y: py, marker: MarkerStyle(.circle))          // a line with 'o' markers
/// ```
public struct LineMark: Mark, Validatable, PositiveBoundsProviding, LegendObstacle {
    /// The x values in data units.
    public var x: [Double]
    /// The y values in data units; non-finite values leave gaps.
    public var y: [Double]
    /// The colour; nil takes the next colour of the axes' cycle.
    public var color: Color?
    /// Width in points; nil uses `theme.lineWidth` (1.5 pt).
    public var width: Double?
    /// The dash pattern.
    public var style: LineStyle
    /// Markers at the data points; nil for none.
    public var marker: MarkerStyle?
    /// Whether to draw the connecting line (false: markers only, like matplotlib's `linestyle='none'`).
    public var drawsLine: Bool
    /// The legend label; nil or empty leaves the line out of the legend.
    public var label: Label?

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        x: [Double], y: [Double], color: Color? = nil, width: Double? = nil, style: LineStyle = .solid,
        marker: MarkerStyle? = nil, drawsLine: Bool = true, label: Label? = nil
    ) {
        self.x = x
        self.y = y
        self.color = color
        self.width = width
        self.style = style
        self.marker = marker
        self.drawsLine = drawsLine
        self.label = label
    }

    /// A line through `y` against 0, 1, 2, …
    public init(
        y: [Double], color: Color? = nil, width: Double? = nil, style: LineStyle = .solid,
        marker: MarkerStyle? = nil, label: Label? = nil
    ) {
        self.init(
            x: y.indices.map(Double.init), y: y, color: color, width: width, style: style, marker: marker,
            label: label)
    }

    /// Throws a `PlotError` naming the first invalid input.
    public func validate() throws {
        try SeriesValidation.check("LineMark", x: x, y: y)
        if let width, !(width.isFinite && width >= 0) {
            throw PlotError("LineMark: width \(width) is not a finite number ≥ 0")
        }
        if case .custom(let p) = style,
            p.isEmpty || p.contains(where: { !$0.isFinite || $0 < 0 }) || !p.contains(where: { $0 > 0 })
        {
            throw PlotError("LineMark: dash pattern \(p) must be finite lengths ≥ 0, not all zero")
        }
    }

    /// The data extent used for automatic limits (nil: does not affect them).
    public var dataBounds: DataBounds? { DataBounds.of(xs: x, ys: y) }
    /// The data extent counting only positive values along log axes.
    public func dataBounds(positiveX: Bool, positiveY: Bool) -> DataBounds? {
        SeriesValidation.bounds(x: x, y: y, positiveX: positiveX, positiveY: positiveY)
    }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { color == nil }

    /// Draws the mark into the axes' plot area.
    public func draw(in context: MarkContext) {
        let c = color ?? context.cycleColor
        let w = width ?? context.theme.lineWidth
        if drawsLine && w > 0 {
            let lines = PolylineBuilder.polylines(xs: x, ys: y, context: context, clipMargin: 10 + 2 * w)
            let path = PolylineBuilder.path(lines)
            if !path.isEmpty {
                context.canvas.strokeSnapped(path, style: style.strokeStyle(color: c, width: w, theme: context.theme))
            }
        }
        if let marker {
            let points = MarkPoints.visible(
                xs: x, ys: y, context: context,
                margin: (marker.size ?? context.theme.markerSize) + marker.edgeWidth)
            marker.draw(at: points, color: c, theme: context.theme, on: context.canvas)
        }
    }

    /// Where the mark draws, for the legend's `.best` placement.
    public func obstaclePolylines(in context: MarkContext) -> [[Point]] {
        if drawsLine { return PolylineBuilder.polylines(xs: x, ys: y, context: context) }
        return MarkPoints.visible(xs: x, ys: y, context: context, margin: 0).map { [$0] }
    }

    /// The legend entry (a sample and the label), or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        guard let label, !label.isEmpty else { return nil }
        let c = color ?? cycleColor, w = width ?? theme.lineWidth, style = style, marker = marker
        let drawsLine = drawsLine
        return LegendEntry(label: label) { canvas, rect in
            let mid = rect.minY + rect.height / 2
            if drawsLine && w > 0 {
                canvas.strokeSnapped(
                    .polyline([Point(rect.minX, mid), Point(rect.maxX, mid)]),
                    style: style.strokeStyle(color: c, width: w, theme: theme))
            }
            marker?.draw(at: [Point(rect.minX + rect.width / 2, mid)], color: c, theme: theme, on: canvas)
        }
    }
}
