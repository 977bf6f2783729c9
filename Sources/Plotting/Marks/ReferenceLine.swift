/// A horizontal or vertical line at a data value, across the whole axes or over a data range:
/// matplotlib's `axhline`/`axvline`/`hlines`/`vlines`. It does not affect automatic limits.
///
/// ```swift
/// ReferenceLine.horizontal(0, style: .dashed)                 // y = 0 across the axes
/// ReferenceLine.vertical(0, from: -5, to: 5, color: .black)  // x = 0 for y in −5…5
/// ```
public struct ReferenceLine: Mark, Validatable {
    /// The direction of a reference line.
    public enum Orientation: Hashable, Sendable {
        /// A line of constant y (matplotlib's `axhline`).
        case horizontal
        /// A line of constant x (matplotlib's `axvline`).
        case vertical
    }
    /// Horizontal or vertical.
    public var orientation: Orientation
    /// The y value of a horizontal line, the x value of a vertical one.
    public var value: Double
    /// The extent along the other axis in data units; nil spans the whole axes.
    public var span: ClosedRange<Double>?
    /// The colour; nil uses the first colour of the cycle without advancing it (matplotlib's 'C0').
    public var color: Color?
    /// Width in points; nil uses `theme.lineWidth`.
    public var width: Double?
    /// The dash pattern.
    public var style: LineStyle
    /// The legend label; nil or empty leaves the mark out of the legend.
    public var label: Label?

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        _ orientation: Orientation, at value: Double, span: ClosedRange<Double>? = nil, color: Color? = nil,
        width: Double? = nil, style: LineStyle = .solid, label: Label? = nil
    ) {
        self.orientation = orientation
        self.value = value
        self.span = span
        self.color = color
        self.width = width
        self.style = style
        self.label = label
    }

    /// A horizontal line at `y`, over `from...to` in x if given.
    public static func horizontal(
        _ y: Double, from: Double? = nil, to: Double? = nil, color: Color? = nil,
        width: Double? = nil, style: LineStyle = .solid, label: Label? = nil
    ) -> ReferenceLine {
        ReferenceLine(.horizontal, at: y, span: range(from, to), color: color, width: width, style: style, label: label)
    }
    /// A vertical line at `x`, over `from...to` in y if given.
    public static func vertical(
        _ x: Double, from: Double? = nil, to: Double? = nil, color: Color? = nil,
        width: Double? = nil, style: LineStyle = .solid, label: Label? = nil
    ) -> ReferenceLine {
        ReferenceLine(.vertical, at: x, span: range(from, to), color: color, width: width, style: style, label: label)
    }

    private static func range(_ a: Double?, _ b: Double?) -> ClosedRange<Double>? {
        guard let a, let b, !a.isNaN, !b.isNaN else { return nil }
        return min(a, b)...max(a, b)
    }

    /// Throws a `PlotError` naming the first invalid input.
    public func validate() throws {
        guard value.isFinite else { throw PlotError("ReferenceLine: value \(value) is not finite") }
        if let span, !(span.lowerBound.isFinite && span.upperBound.isFinite) {
            throw PlotError("ReferenceLine: span \(span) is not finite")
        }
        if let width, !(width.isFinite && width >= 0) {
            throw PlotError("ReferenceLine: width \(width) is not a finite number ≥ 0")
        }
    }

    /// The data extent used for automatic limits (nil: does not affect them).
    public var dataBounds: DataBounds? { nil }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { false }

    private func resolvedColor(_ theme: Theme) -> Color { color ?? theme.colorCycle.first ?? theme.foreground }

    /// Draws the mark into the axes' plot area.
    public func draw(in context: MarkContext) {
        let area = context.plotArea
        let ends: (Point, Point)
        switch orientation {
        case .horizontal:
            let y = context.transform(1, value).y
            if let span {
                ends = (
                    Point(context.transform(span.lowerBound, value).x, y),
                    Point(context.transform(span.upperBound, value).x, y)
                )
            } else {
                ends = (Point(area.minX, y), Point(area.maxX, y))
            }
        case .vertical:
            let x = context.transform(value, 1).x
            if let span {
                ends = (
                    Point(x, context.transform(value, span.lowerBound).y),
                    Point(x, context.transform(value, span.upperBound).y)
                )
            } else {
                ends = (Point(x, area.maxY), Point(x, area.minY))
            }
        }
        let w = width ?? context.theme.lineWidth
        let lines = PolylineBuilder.polylines(
            count: 2, point: { $0 == 0 ? ends.0 : ends.1 },
            clip: area.outset(by: EdgeInsets(left: w, right: w, top: w, bottom: w)),
            tolerance: 0)
        let path = PolylineBuilder.path(lines)
        guard !path.isEmpty, w > 0 else { return }
        context.canvas.strokeSnapped(
            path, style: style.strokeStyle(color: resolvedColor(context.theme), width: w, theme: context.theme))
    }

    /// The legend entry (a sample and the label), or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        LineMark(x: [0], y: [0], color: resolvedColor(theme), width: width, style: style, label: label)
            .legendEntry(cycleColor: cycleColor, theme: theme)
    }
}
