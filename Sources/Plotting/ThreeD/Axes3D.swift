/// A 3-D axes (matplotlib's `mplot3d.Axes3D`): surfaces and wireframes seen from an elevation and
/// azimuth inside a box with grey back panes, grid lines, ticks and axis labels.
///
/// Marks become flat polygons and line segments, projected with mplot3d's camera (perspective with focal
/// length 1 by default, or orthographic), sorted by mean depth and drawn back to front, so SVG and PDF
/// output stays vector. The box fills a square in the middle of the plot box, as in matplotlib.
///
/// ```swift
/// let z = SurfaceGrid(x: xs, y: ys) { x, y in x * x + y * y }
/// let axes = Axes3D(marks: [SurfaceMark(grid: z, coloring: .colormap(.viridis))], xLabel: "x_0", yLabel: "x_1")
/// ```
public struct Axes3D: PlotBoxPanel, Validatable {
    /// The marks; their primitives are depth-sorted together.
    public var marks: [any Mark3D]
    /// The title above the box (12 pt).
    public var title: Label?
    /// The x axis label.
    public var xLabel: Label?
    /// The y axis label.
    public var yLabel: Label?
    /// The z axis label.
    public var zLabel: Label?
    /// Degrees above the xy plane (mplot3d's `elev`, default 30).
    public var elevation: Double
    /// Degrees around the z axis (mplot3d's `azim`, default -60).
    public var azimuth: Double
    /// Perspective (mplot3d's default, focal length 1) or orthographic.
    public var projection: Projection3D
    /// Explicit limits; nil for automatic (data range plus matplotlib's margins).
    public var xLimits: ClosedRange<Double>?
    /// See `xLimits`.
    public var yLimits: ClosedRange<Double>?
    /// See `xLimits`.
    public var zLimits: ClosedRange<Double>?
    /// Whether to draw the back panes' grid lines (matplotlib's default: yes).
    public var grid: Bool
    /// A colour bar for the first colour-mapped mark, or nil for none.
    public var colorbar: Colorbar?

    /// Creates the value with mplot3d's defaults; the input is checked by `validate()` (see `PlotError`).
    public init(
        marks: [any Mark3D] = [], title: Label? = nil, xLabel: Label? = nil, yLabel: Label? = nil,
        zLabel: Label? = nil, elevation: Double = 30, azimuth: Double = -60,
        projection: Projection3D = .perspective(focalLength: 1),
        xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
        zLimits: ClosedRange<Double>? = nil, grid: Bool = true, colorbar: Colorbar? = nil
    ) {
        self.marks = marks
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.zLabel = zLabel
        self.elevation = elevation
        self.azimuth = azimuth
        self.projection = projection
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.zLimits = zLimits
        self.grid = grid
        self.colorbar = colorbar
    }

    /// Throws a `PlotError` naming the first invalid angle, limit or mark.
    public func validate() throws {
        for (name, v) in [("elevation", elevation), ("azimuth", azimuth)] where !v.isFinite {
            throw PlotError("Axes3D: \(name) \(v) is not finite; give an angle in degrees")
        }
        if case let .perspective(f) = projection, !(f.isFinite && f > 0) {
            throw PlotError("Axes3D: focal length \(f) is not allowed; it must be finite and > 0")
        }
        for (name, r) in [("x", xLimits), ("y", yLimits), ("z", zLimits)] {
            if let r, !(r.lowerBound.isFinite && r.upperBound.isFinite) {
                throw PlotError("Axes3D: \(name) limits \(r) are not finite; limits must be finite numbers")
            }
        }
        for mark in marks { try mark.validate() }
        try colorbar?.validate()
    }

    /// The colour scale a colour bar shows: that of the first colour-mapped mark.
    package var colorScale: (map: Colormap, range: ClosedRange<Double>)? {
        marks.lazy.compactMap { ($0 as? ColormappedMark3D)?.colorScale }.first
    }

    /// The axis limits used for drawing: explicit ones, or the data range with matplotlib's margins (5 % on
    /// x and y, none on z), each then widened by mplot3d's view margin of 1/48 per side.
    package func limits() -> [ClosedRange<Double>] {
        let data = marks.compactMap(\.dataBounds3D).reduce(nil as DataBounds3D?) { acc, b in
            acc.map { $0.union(b) } ?? b
        }
        func resolve(
            _ explicit: ClosedRange<Double>?, _ data: ClosedRange<Double>?, margin: Double
        ) -> ClosedRange<Double> {
            var (lo, hi): (Double, Double)
            if let explicit {
                (lo, hi) = nonsingular(explicit.lowerBound, explicit.upperBound)
            } else if let data {
                (lo, hi) = nonsingular(data.lowerBound, data.upperBound)
                // Half the span times twice the fraction: the same numbers, and no overflow when the span
                // is wider than the largest Double although both ends are finite.
                let pad = FiniteArithmetic.halfSpan(lo, hi) * (2 * margin)
                (lo, hi) = (FiniteArithmetic.clamp(lo - pad), FiniteArithmetic.clamp(hi + pad))
            } else {
                (lo, hi) = (0, 1)
            }
            let view = FiniteArithmetic.halfSpan(lo, hi) / 24
            return FiniteArithmetic.clamp(lo - view)...FiniteArithmetic.clamp(hi + view)
        }
        return [
            resolve(xLimits, data?.x, margin: 0.05), resolve(yLimits, data?.y, margin: 0.05),
            resolve(zLimits, data?.z, margin: 0),
        ]
    }

    /// The camera for the current limits and view.
    package func camera() -> Camera3D {
        Camera3D(limits: limits(), elevation: elevation, azimuth: azimuth, projection: projection)
    }

    /// The square holding the projected box: centred in `plotBox`, as mplot3d's equal-aspect axes.
    package static func square(in plotBox: Rect) -> Rect {
        let side = max(0, min(plotBox.width, plotBox.height))
        return Rect(
            x: plotBox.minX + (plotBox.width - side) / 2, y: plotBox.minY + (plotBox.height - side) / 2,
            width: side, height: side)
    }

    /// Maps projected coordinates onto `square` (mplot3d's 2-D view limits -0.095...0.09 on both axes).
    package static func canvasPoint(_ p: ProjectedPoint, in square: Rect) -> Point {
        let window = Camera3D.viewWindow
        let span = window.upperBound - window.lowerBound
        return Point(
            square.minX + (p.x - window.lowerBound) / span * square.width,
            square.maxY - (p.y - window.lowerBound) / span * square.height)
    }

    /// Room for the title above the box, if it does not fit in the plot box's top margin.
    public func decorationInsets(plotBox: Rect, canvas: Canvas, theme: Theme) -> EdgeInsets {
        guard let title, !title.isEmpty else { return .zero }
        let extent = canvas.measureText(title, font: Font(family: theme.fontFamily, size: theme.titleFontSize))
        let square = Self.square(in: plotBox)
        return EdgeInsets(top: max(0, extent.height + theme.titlePad - (square.minY - plotBox.minY)))
    }

    /// Draws the axes inside `frame` with its plot box at matplotlib's default subplot position.
    public func draw(in frame: Rect, on canvas: Canvas, theme: Theme) throws {
        // Without the figure's layout, use matplotlib's default subplot position inside the cell.
        let box = Rect(
            x: frame.minX + 0.125 * frame.width, y: frame.minY + 0.12 * frame.height,
            width: 0.775 * frame.width, height: 0.77 * frame.height)
        try draw(plotBox: box, on: canvas, theme: theme)
    }

    /// Validates, then draws the colour bar, the panes and axes, the marks back to front, and the title.
    public func draw(plotBox: Rect, on canvas: Canvas, theme: Theme) throws {
        try validate()
        var sceneBox = plotBox
        if let colorbar, let scale = colorScale {
            let parts = colorbar.layout(in: plotBox)
            sceneBox = parts.panel
            colorbar.draw(map: scale.map, range: scale.range, in: parts.bar, on: canvas, theme: theme)
        }
        let square = Self.square(in: sceneBox)
        let camera = camera()
        let frame = Axes3DFrame(camera: camera, squareSide: square.width)
        frame.draw(axes: self, square: square, on: canvas, theme: theme)
        drawMarks(camera: camera, square: square, on: canvas, theme: theme)
        if let title, !title.isEmpty {
            canvas.drawText(
                title, at: Point(square.minX + square.width / 2, square.minY - theme.titlePad),
                font: Font(family: theme.fontFamily, size: theme.titleFontSize), color: theme.foreground,
                horizontal: .center, vertical: .bottom, rotation: 0)
        }
    }

    /// Every mark's primitives, projected, sorted back to front (stable: equal depths keep their order).
    package func sortedPrimitives(
        camera: Camera3D, theme: Theme
    ) -> [(primitive: Primitive3D, projected: [ProjectedPoint])] {
        var items: [(primitive: Primitive3D, projected: [ProjectedPoint], depth: Double, order: Int)] = []
        var colorIndex = 0
        for mark in marks {
            let cycle =
                theme.colorCycle.isEmpty ? theme.foreground : theme.colorCycle[colorIndex % theme.colorCycle.count]
            colorIndex += 1
            for primitive in mark.primitives(theme: theme, cycleColor: cycle) {
                let projected = primitive.points.map(camera.project)
                guard !projected.isEmpty, projected.allSatisfy({ $0.x.isFinite && $0.y.isFinite && $0.depth.isFinite })
                else { continue }
                let depth = projected.reduce(0) { $0 + $1.depth } / Double(projected.count)
                items.append((primitive, projected, depth, items.count))
            }
        }
        items.sort { $0.depth != $1.depth ? $0.depth > $1.depth : $0.order < $1.order }
        return items.map { ($0.primitive, $0.projected) }
    }

    private func drawMarks(camera: Camera3D, square: Rect, on canvas: Canvas, theme: Theme) {
        for (primitive, projected) in sortedPrimitives(camera: camera, theme: theme) {
            let points = projected.map { Self.canvasPoint($0, in: square) }
            switch primitive.kind {
            case let .polygon(fill, edge):
                let path = Path.polygon(points)
                if fill.alpha > 0 { canvas.fill(path, color: fill) }
                if let edge, edge.width > 0 { canvas.stroke(path, style: edge) }
            case let .polyline(style):
                if style.width > 0 { canvas.stroke(Path.polyline(points), style: style) }
            }
        }
    }
}
