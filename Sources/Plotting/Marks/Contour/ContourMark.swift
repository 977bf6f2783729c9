/// Contour lines of a scalar field on a rectilinear grid (matplotlib's `contour`), optionally labelled
/// inline with their levels (matplotlib's `clabel`).
///
/// ```swift
/// let mark = ContourMark(x: xs, y: ys, z: zs, levels: .values([1, 4, 9]), coloring: .single(.black),
///                        style: .dashed)
/// ```
public struct ContourMark: Mark, Validatable {
    /// How each level's lines are coloured.
    public enum Coloring: Hashable, Sendable {
        /// One colour for every level.
        case single(Color)
        /// A colour per level from a map, the lowest level at 0 and the highest at 1 (matplotlib's default
        /// with viridis).
        case colormap(Colormap)
    }

    /// Inline label options.
    public struct Labels: Hashable, Sendable {
        /// Font size in points; nil for the theme's font size.
        public var fontSize: Double?
        /// Gap left between the label and the broken line on each side, in points (matplotlib: 5 px).
        public var spacing: Double
        /// Labels at `fontSize` points (nil: the theme's) with `spacing` points of gap on each side.
        public init(fontSize: Double? = nil, spacing: Double = 3.6) {
            self.fontSize = fontSize
            self.spacing = spacing
        }
    }

    /// The grid's x coordinates (columns), at least 2, finite.
    public var x: [Double]
    /// The grid's y coordinates (rows), at least 2, finite.
    public var y: [Double]
    /// Values, `z[row][column]` at `(x[column], y[row])`; non-finite values are holes.
    public var z: [[Double]]
    /// Which values get a contour line.
    public var levels: ContourLevels
    /// How the lines are coloured.
    public var coloring: Coloring
    /// Line width in points; nil for the theme's line width.
    public var width: Double?
    /// The dash pattern; nil for solid lines, except dashed lines at negative levels when the colour is
    /// single (matplotlib's `contour.negative_linestyle`).
    public var style: LineStyle?
    /// Inline labels, or nil for none.
    public var labels: Labels?
    /// A legend label, if any.
    public var label: Label?

    /// Contours of the values `z` on the grid `x` × `y`; the input is checked by `validate()`.
    public init(
        x: [Double], y: [Double], z: [[Double]], levels: ContourLevels = .automatic,
        coloring: Coloring = .colormap(.viridis), width: Double? = nil, style: LineStyle? = nil,
        labels: Labels? = nil, label: Label? = nil
    ) {
        self.x = x
        self.y = y
        self.z = z
        self.levels = levels
        self.coloring = coloring
        self.width = width
        self.style = style
        self.labels = labels
        self.label = label
    }

    /// Contours of `f(x, y)` sampled on the grid.
    public init(
        x: [Double], y: [Double], sampling f: (Double, Double) -> Double, levels: ContourLevels = .automatic,
        coloring: Coloring = .colormap(.viridis), width: Double? = nil, style: LineStyle? = nil,
        labels: Labels? = nil, label: Label? = nil
    ) {
        self.init(
            x: x, y: y, z: y.map { yv in x.map { xv in f(xv, yv) } }, levels: levels, coloring: coloring,
            width: width, style: style, labels: labels, label: label)
    }

    /// Throws a `PlotError` naming the first invalid grid value, level count, width or label setting.
    public func validate() throws {
        _ = try ScalarGrid(x: x, y: y, z: z)
        if case let .automatic(count) = levels, !(1...100).contains(count) {
            throw PlotError("ContourMark: automatic level count \(count) is not allowed; use 1...100")
        }
        if let width, !(width.isFinite && width >= 0) {
            throw PlotError("ContourMark: width \(width) is not allowed; it must be finite and >= 0")
        }
        if let labels {
            for (name, v) in [("label font size", labels.fontSize ?? 1), ("label spacing", labels.spacing)]
            where !(v.isFinite && v >= 0) {
                throw PlotError("ContourMark: \(name) \(v) is not allowed; it must be finite and >= 0")
            }
        }
    }

    /// The resolved levels (for automatic levels: those within the data range).
    package func resolvedLevels() throws -> [Double] {
        levels.resolve(for: try ScalarGrid(x: x, y: y, z: z).finiteRange)
    }

    /// The contour polylines of every level, in data coordinates.
    package func lines() throws -> [ContourLevelLines] {
        let grid = try ScalarGrid(x: x, y: y, z: z)
        return MarchingSquares.lines(of: grid, levels: levels.resolve(for: grid.finiteRange))
    }

    /// The colour of `level` among `all` levels.
    package func color(of level: Double, among all: [Double]) -> Color {
        switch coloring {
        case let .single(c): return c
        case let .colormap(map): return map.color(for: level, in: (all.first ?? 0)...(all.last ?? 0))
        }
    }

    /// The grid's extent (nil for an invalid grid).
    public var dataBounds: DataBounds? {
        guard let grid = try? ScalarGrid(x: x, y: y, z: z) else { return nil }
        return grid.bounds
    }
    /// False: contour colours come from `coloring`, not from the axes' cycle.
    public var usesColorCycle: Bool { false }

    /// Draws every level's lines (with their labels, if any) into the plot area; nothing for invalid input.
    public func draw(in context: MarkContext) {
        guard (try? validate()) != nil, let all = try? lines() else { return }
        let levelValues = all.map(\.level)
        let lineWidth = width ?? context.theme.lineWidth
        let font = Font(family: context.theme.fontFamily, size: labels?.fontSize ?? context.theme.fontSize)
        var formatter = TickFormatter()
        formatter.useOffset = false
        let texts = formatter.labels(for: levelValues, view: (levelValues.first ?? 0, levelValues.last ?? 0)).labels
        for (index, levelLines) in all.enumerated() {
            let color = color(of: levelLines.level, among: levelValues)
            var lineStyle = style ?? .solid
            if style == nil, case .single = coloring, levelLines.level < 0 { lineStyle = .dashed }
            let stroke = lineStyle.strokeStyle(color: color, width: lineWidth, theme: context.theme)
            for line in levelLines.lines {
                for piece in canvasPieces(line, context) {
                    if let labels {
                        let extent = context.canvas.measureText(texts[index], font: font)
                        let placer = ContourLabelPlacer(
                            windowLength: extent.width + 2 * labels.spacing,
                            halfHeight: extent.height / 2, plotArea: context.plotArea)
                        if let placed = placer.place(on: piece.points, closed: piece.closed, labelWidth: extent.width) {
                            context.canvas.drawText(
                                texts[index], at: placed.center, font: font, color: color,
                                horizontal: .center, vertical: .center, rotation: placed.rotation)
                            for points in placed.pieces where points.count >= 2 {
                                context.canvas.stroke(Path.polyline(points), style: stroke)
                            }
                            continue
                        }
                    }
                    let path = piece.closed ? Path.polygon(piece.points) : Path.polyline(piece.points)
                    context.canvas.stroke(path, style: stroke)
                }
            }
        }
    }

    /// A line in canvas points, split where the transform gives a non-finite point (log axes).
    private func canvasPieces(
        _ line: ContourLine, _ context: MarkContext
    )
        -> [(points: [Point], closed: Bool)]
    {
        var pieces: [[Point]] = [[]]
        for (x, y) in zip(line.xs, line.ys) {
            let p = context.transform(x, y)
            if p.x.isFinite && p.y.isFinite {
                pieces[pieces.count - 1].append(p)
            } else if !pieces[pieces.count - 1].isEmpty {
                pieces.append([])
            }
        }
        let kept = pieces.filter { $0.count >= 2 }
        if kept.count == 1 && kept[0].count == line.count {
            return [(kept[0], line.isClosed)]
        }
        return kept.map { ($0, false) }
    }

    /// A line sample in the lowest level's colour with the label, or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        guard let label else { return nil }
        let levels = (try? resolvedLevels()) ?? []
        let color = color(of: levels.first ?? 0, among: levels)
        let stroke = (style ?? .solid).strokeStyle(color: color, width: width ?? theme.lineWidth, theme: theme)
        return LegendEntry(label: label) { canvas, rect in
            let y = rect.minY + rect.height / 2
            canvas.stroke(Path.polyline([Point(rect.minX, y), Point(rect.maxX, y)]), style: stroke)
        }
    }
}

extension ContourMark: LegendObstacle {
    /// The contour lines in canvas points, so an automatically placed legend avoids them.
    public func obstaclePolylines(in context: MarkContext) -> [[Point]] {
        guard (try? validate()) != nil, let all = try? lines() else { return [] }
        return all.flatMap { level in level.lines.flatMap { canvasPieces($0, context).map(\.points) } }
    }
}
