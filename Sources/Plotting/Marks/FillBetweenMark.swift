/// The area between two curves y1(x) and y2(x): matplotlib's `fill_between`. Where any value is non-finite
/// (or not showable on a log axis) the area breaks into separate pieces.
///
/// ```swift
/// FillBetweenMark(x: xs, y1: lower, y2: upper, color: Color(hex: 0x1f77b4, alpha: 0.3))
/// ```
public struct FillBetweenMark: Mark, Validatable, PositiveBoundsProviding, UsesPatchColorCycle {
    /// The x values in data units.
    public var x: [Double]
    /// The first curve's y values.
    public var y1: [Double]
    /// The second curve's y values.
    public var y2: [Double]
    /// The fill colour (with its alpha); nil takes the next colour of the fills' own cycle (as matplotlib).
    public var color: Color?
    /// Width of the outline stroked in the fill colour (matplotlib's 1 pt edge of the same colour); 0 for none.
    public var edgeWidth: Double
    /// The legend label; nil or empty leaves the mark out of the legend.
    public var label: Label?

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        x: [Double], y1: [Double], y2: [Double], color: Color? = nil, edgeWidth: Double = 1,
        label: Label? = nil
    ) {
        self.x = x
        self.y1 = y1
        self.y2 = y2
        self.color = color
        self.edgeWidth = edgeWidth
        self.label = label
    }
    /// The area between `y` and a constant baseline (0 by default).
    public init(
        x: [Double], y: [Double], baseline: Double = 0, color: Color? = nil, edgeWidth: Double = 1,
        label: Label? = nil
    ) {
        self.init(
            x: x, y1: y, y2: [Double](repeating: baseline, count: y.count), color: color, edgeWidth: edgeWidth,
            label: label)
    }

    /// Throws a `PlotError` naming the first invalid input.
    public func validate() throws {
        try SeriesValidation.check("FillBetweenMark", x: x, y: y1)
        guard y2.count == x.count else {
            throw PlotError(
                "FillBetweenMark: x has \(x.count) values but y2 has \(y2.count); they must have the same length")
        }
        guard edgeWidth.isFinite, edgeWidth >= 0 else {
            throw PlotError("FillBetweenMark: edge width \(edgeWidth) is not a finite number ≥ 0")
        }
    }

    /// The data extent used for automatic limits (nil: does not affect them).
    public var dataBounds: DataBounds? {
        [DataBounds.of(xs: x, ys: y1), DataBounds.of(xs: x, ys: y2)].compactMap { $0 }.reduce(nil) {
            $0?.union($1) ?? $1
        }
    }
    /// The data extent counting only positive values along log axes.
    public func dataBounds(positiveX: Bool, positiveY: Bool) -> DataBounds? {
        [
            SeriesValidation.bounds(x: x, y: y1, positiveX: positiveX, positiveY: positiveY),
            SeriesValidation.bounds(x: x, y: y2, positiveX: positiveX, positiveY: positiveY),
        ]
        .compactMap { $0 }.reduce(nil) { $0?.union($1) ?? $1 }
    }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { color == nil }

    /// Draws the mark into the axes' plot area.
    public func draw(in context: MarkContext) {
        let n = min(x.count, y1.count, y2.count)
        let clip = context.plotArea.outset(by: EdgeInsets(left: 10, right: 10, top: 10, bottom: 10))
        var path = Path()
        var upper: [Point] = [], lower: [Point] = []
        func flush() {
            if upper.count >= 2 {
                let polygon = PolygonClipper.clip(upper + lower.reversed(), to: clip)
                if !polygon.isEmpty { path.elements.append(contentsOf: Path.polygon(polygon).elements) }
            }
            upper.removeAll(keepingCapacity: true)
            lower.removeAll(keepingCapacity: true)
        }
        for i in 0..<n {
            let a = context.transform(x[i], y1[i]), b = context.transform(x[i], y2[i])
            if a.x.isFinite && a.y.isFinite && b.x.isFinite && b.y.isFinite {
                upper.append(a)
                lower.append(b)
            } else {
                flush()
            }
        }
        flush()
        guard !path.isEmpty else { return }
        let c = color ?? context.cycleColor
        context.canvas.fill(path, color: c)
        if edgeWidth > 0 { context.canvas.stroke(path, style: StrokeStyle(color: c, width: edgeWidth)) }
    }

    /// The legend entry (a sample and the label), or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        guard let label, !label.isEmpty else { return nil }
        let c = color ?? cycleColor
        return LegendEntry(label: label) { canvas, rect in canvas.fill(.rectangle(rect), color: c) }
    }
}
