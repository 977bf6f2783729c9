/// Markers alone at (x, y) points: matplotlib's `scatter` / `plot(..., 'o', linestyle='none')`.
///
/// Each point may have its own area (`sizes`, in points² like matplotlib's `s`) and its own colour (`values`
/// mapped through `colormap` over `valueRange`, like `c=` with `cmap`, `vmin`, `vmax`); a point whose size or
/// value is NaN is not drawn.
///
/// ```swift
/// ScatterMark(x: xs, y: ys, marker: MarkerStyle(.triangleUp, size: 8), label: "samples")
/// ScatterMark(x: xs, y: ys, sizes: areas, values: losses, colormap: try .named("viridis"))
/// ```
public struct ScatterMark: Mark, Validatable, PositiveBoundsProviding, LegendObstacle {
    /// The x values in data units.
    public var x: [Double]
    /// The y values in data units; non-finite values leave gaps.
    public var y: [Double]
    /// Shape, size (default 6 pt), fill, edge colour and edge width (default 1 pt).
    public var marker: MarkerStyle
    /// The colour used where the marker style has no fill or edge colour; nil takes the next cycle colour.
    public var color: Color?
    /// The legend label; nil or empty leaves the mark out of the legend.
    public var label: Label?
    /// Per-point marker areas in points² (matplotlib's `s`; the marker is √s points wide); nil uses `marker.size`.
    public var sizes: [Double]? = nil
    /// Per-point values coloured through `colormap` (matplotlib's `c=`); nil uses the mark's colour.
    public var values: [Double]? = nil
    /// The colour map for `values` (viridis, matplotlib's default).
    public var colormap: Colormap = .viridis
    /// The values mapped to the ends of `colormap`; nil spans the finite `values` (matplotlib's `vmin`/`vmax`).
    public var valueRange: ClosedRange<Double>? = nil
    /// The range the colours span (`valueRange`, else the finite values' extent; nil without values): what a
    /// colorbar for this mark shows, with `colormap`.
    public var resolvedValueRange: ClosedRange<Double>? { values == nil ? nil : ScatterStyling.range(of: self) }

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        x: [Double], y: [Double], marker: MarkerStyle = MarkerStyle(.circle), color: Color? = nil,
        label: Label? = nil
    ) {
        self.x = x
        self.y = y
        self.marker = marker
        self.color = color
        self.label = label
    }

    /// Markers with per-point areas (points²) and per-point colours through a colour map.
    public init(
        x: [Double], y: [Double], sizes: [Double]? = nil, values: [Double]? = nil, colormap: Colormap = .viridis,
        valueRange: ClosedRange<Double>? = nil, marker: MarkerStyle = MarkerStyle(.circle), color: Color? = nil,
        label: Label? = nil
    ) {
        self.init(x: x, y: y, marker: marker, color: color, label: label)
        self.sizes = sizes
        self.values = values
        self.colormap = colormap
        self.valueRange = valueRange
    }

    /// Throws a `PlotError` naming the first invalid input.
    public func validate() throws {
        try SeriesValidation.check("ScatterMark", x: x, y: y)
        if let s = marker.size, !(s.isFinite && s >= 0) {
            throw PlotError("ScatterMark: marker size \(s) is not a finite number ≥ 0")
        }
        guard marker.edgeWidth.isFinite, marker.edgeWidth >= 0 else {
            throw PlotError("ScatterMark: edge width \(marker.edgeWidth) is not a finite number ≥ 0")
        }
        try ScatterStyling.check(self)
    }

    /// The data extent used for automatic limits (nil: does not affect them).
    public var dataBounds: DataBounds? { DataBounds.of(xs: x, ys: y) }
    /// The data extent counting only positive values along log axes.
    public func dataBounds(positiveX: Bool, positiveY: Bool) -> DataBounds? {
        SeriesValidation.bounds(x: x, y: y, positiveX: positiveX, positiveY: positiveY)
    }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { values == nil && color == nil && (marker.fill == nil || marker.edge == nil) }

    /// Draws the mark into the axes' plot area.
    public func draw(in context: MarkContext) {
        if sizes != nil || values != nil { return ScatterStyling.draw(self, in: context) }
        let points = MarkPoints.visible(
            xs: x, ys: y, context: context,
            margin: (marker.size ?? context.theme.markerSize) + marker.edgeWidth)
        marker.draw(at: points, color: color ?? context.cycleColor, theme: context.theme, on: context.canvas)
    }

    /// Where the mark draws, for the legend's `.best` placement.
    public func obstaclePolylines(in context: MarkContext) -> [[Point]] {
        MarkPoints.visible(xs: x, ys: y, context: context, margin: 0).map { [$0] }
    }

    /// The legend entry (a sample and the label), or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        guard let label, !label.isEmpty else { return nil }
        let c = ScatterStyling.legendColor(of: self, fallback: color ?? cycleColor), marker = marker
        return LegendEntry(label: label) { canvas, rect in
            marker.draw(at: [rect.center], color: c, theme: theme, on: canvas)
        }
    }
}

extension ScatterMark: ColormappedMark {
    /// The map and value range of colour-mapped points (`values`), for a colorbar (`Axes.colorbar`); nil when
    /// the points take one colour.
    public var colorScale: (map: Colormap, range: ClosedRange<Double>)? {
        resolvedValueRange.map { (colormap, $0) }
    }
}
