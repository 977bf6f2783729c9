/// Lines along the rows and columns of a grid (matplotlib's `plot_wireframe`).
///
/// Lines break where a point is non-finite. Each segment is depth-sorted on its own, so a wireframe
/// interleaves correctly with surfaces.
public struct WireframeMark: Mark3D {
    /// The points the lines join.
    public var grid: SurfaceGrid
    /// Line colour; nil for the axes' cycle colour.
    public var color: Color?
    /// Line width in points; nil for the theme's line width.
    public var lineWidth: Double?
    /// Draw every `rowStride`-th row line and every `columnStride`-th column line (0 turns that family off);
    /// nil for matplotlib's default (at most 50 lines each way).
    public var rowStride: Int?
    /// See `rowStride`.
    public var columnStride: Int?

    /// A wireframe over `grid`; nil options take the theme's and matplotlib's defaults.
    public init(
        grid: SurfaceGrid, color: Color? = nil, lineWidth: Double? = nil,
        rowStride: Int? = nil, columnStride: Int? = nil
    ) {
        self.grid = grid
        self.color = color
        self.lineWidth = lineWidth
        self.rowStride = rowStride
        self.columnStride = columnStride
    }

    /// The grid's finite extent.
    public var dataBounds3D: DataBounds3D? { grid.bounds }

    /// Throws a `PlotError` for a grid that is not at least 2 × 2 of one shape, a negative stride or a bad line width.
    public func validate() throws {
        try grid.validate()
        for (name, s) in [("rowStride", rowStride), ("columnStride", columnStride)] {
            if let s, s < 0 { throw GridDataError.invalidParameter(name: name, value: Double(s), allowed: ">= 0") }
        }
        if let w = lineWidth, !(w.isFinite && w >= 0) {
            throw GridDataError.invalidParameter(name: "wireframe lineWidth", value: w, allowed: "finite and >= 0")
        }
    }

    /// The grid lines as lists of points: row lines first, then column lines.
    package func lines() -> [[Vector3]] {
        guard (try? grid.validate()) != nil else { return [] }
        var result: [[Vector3]] = []
        let rs = rowStride ?? SurfaceMark.defaultStride(grid.rows)
        let cs = columnStride ?? SurfaceMark.defaultStride(grid.columns)
        if rs > 0 {
            for r in SurfaceGrid.strided(grid.rows, rs) { result.append((0..<grid.columns).map { grid.point(r, $0) }) }
        }
        if cs > 0 {
            for c in SurfaceGrid.strided(grid.columns, cs) { result.append((0..<grid.rows).map { grid.point($0, c) }) }
        }
        return result
    }

    /// One polyline per finite segment of every drawn row and column line.
    public func primitives(theme: Theme, cycleColor: Color) -> [Primitive3D] {
        let style = StrokeStyle(
            color: color ?? cycleColor, width: lineWidth ?? theme.lineWidth, cap: .round, join: .round)
        var result: [Primitive3D] = []
        for line in lines() {
            for (a, b) in zip(line, line.dropFirst()) where a.isFinite && b.isFinite {
                result.append(Primitive3D(kind: .polyline(style), points: [a, b]))
            }
        }
        return result
    }
}
