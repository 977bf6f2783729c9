/// A 3-D surface of filled quadrilaterals over a grid (matplotlib's `plot_surface`).
///
/// Each face joins a patch of `rowStride` × `columnStride` grid cells along its border; faces with a
/// non-finite corner are skipped.
public struct SurfaceMark: Mark3D, ColormappedMark3D {
    /// How faces are coloured.
    public enum Coloring: Hashable, Sendable {
        /// By the face's mean height through a colour map, the lowest face at 0 and the highest at 1
        /// (matplotlib's `cmap=`; not shaded).
        case colormap(Colormap)
        /// One colour (nil: the axes' cycle colour), darkened by the light on each face (matplotlib's
        /// default `shade=True`).
        case shaded(Color?, light: LightSource = .mplot3d)
        /// One colour, unshaded.
        case flat(Color)
    }

    /// The points the faces join.
    public var grid: SurfaceGrid
    /// How faces are coloured.
    public var coloring: Coloring
    /// Rows and columns per face; nil for matplotlib's default (at most 50 faces along each direction).
    public var rowStride: Int?
    /// See `rowStride`.
    public var columnStride: Int?
    /// Optional face outlines.
    public var edge: StrokeStyle?
    /// Face opacity.
    public var alpha: Double

    /// A surface over `grid`, shaded in the axes' cycle colour unless `coloring` says otherwise.
    public init(
        grid: SurfaceGrid, coloring: Coloring = .shaded(nil), rowStride: Int? = nil, columnStride: Int? = nil,
        edge: StrokeStyle? = nil, alpha: Double = 1
    ) {
        self.grid = grid
        self.coloring = coloring
        self.rowStride = rowStride
        self.columnStride = columnStride
        self.edge = edge
        self.alpha = alpha
    }

    /// The grid's finite extent.
    public var dataBounds3D: DataBounds3D? { grid.bounds }

    /// Throws a `PlotError` for a grid that is not at least 2 × 2 of one shape, a stride below 1 or an alpha outside 0...1.
    public func validate() throws {
        try grid.validate()
        for (name, s) in [("rowStride", rowStride), ("columnStride", columnStride)] {
            if let s, s < 1 {
                throw GridDataError.invalidParameter(name: name, value: Double(s), allowed: "at least 1")
            }
        }
        guard alpha.isFinite, (0...1).contains(alpha) else {
            throw GridDataError.invalidParameter(name: "surface alpha", value: alpha, allowed: "in 0...1")
        }
    }

    /// matplotlib's default stride: ceil(count / 50).
    static func defaultStride(_ count: Int) -> Int { max(1, (count + 49) / 50) }

    /// The faces as polygons along each patch's border (data coordinates), with their corner points all finite.
    package func faces() -> [[Vector3]] {
        guard (try? grid.validate()) != nil else { return [] }
        let rows = SurfaceGrid.strided(grid.rows, rowStride ?? Self.defaultStride(grid.rows))
        let cols = SurfaceGrid.strided(grid.columns, columnStride ?? Self.defaultStride(grid.columns))
        var faces: [[Vector3]] = []
        for i in 0..<(rows.count - 1) {
            for j in 0..<(cols.count - 1) {
                let r0 = rows[i], r1 = rows[i + 1], c0 = cols[j], c1 = cols[j + 1]
                // The patch border: along the first row, down the last column, back along the last row, up.
                var border: [Vector3] = []
                for c in c0..<c1 { border.append(grid.point(r0, c)) }
                for r in r0..<r1 { border.append(grid.point(r, c1)) }
                for c in stride(from: c1, to: c0, by: -1) { border.append(grid.point(r1, c)) }
                for r in stride(from: r1, to: r0, by: -1) { border.append(grid.point(r, c0)) }
                guard border.allSatisfy(\.isFinite) else { continue }
                faces.append(border)
            }
        }
        return faces
    }

    /// The face normal as matplotlib computes it: the cross product of two chords through points at
    /// 0, n/3 and 2n/3 of the border.
    static func normal(of face: [Vector3]) -> Vector3 {
        let n = face.count
        let a = face[0], b = face[n / 3], c = face[2 * n / 3]
        return (a - b).cross(b - c)
    }

    /// The mean height of each face (finite for finite heights: a sum that overflows is taken again over
    /// the heights divided first).
    private static func meanHeights(_ faces: [[Vector3]]) -> [Double] {
        faces.map { f in
            let mean = f.reduce(0) { $0 + $1.z } / Double(f.count)
            return mean.isFinite ? mean : f.reduce(0) { $0 + $1.z / Double(f.count) }
        }
    }

    /// For `.colormap` colouring: the map and the range of face mean heights it spans.
    public var colorScale: (map: Colormap, range: ClosedRange<Double>)? {
        guard case let .colormap(map) = coloring else { return nil }
        let means = Self.meanHeights(faces())
        guard let lo = means.min(), let hi = means.max() else { return nil }
        return (map, lo...hi)
    }

    /// One filled polygon per face with finite corners, coloured as `coloring` says.
    public func primitives(theme: Theme, cycleColor: Color) -> [Primitive3D] {
        let faces = faces()
        let means = Self.meanHeights(faces)
        let range = (means.min() ?? 0)...(means.max() ?? 0)
        return faces.indices.map { k in
            var fill: Color
            switch coloring {
            case let .colormap(map): fill = map.color(for: means[k], in: range)
            case let .shaded(color, light): fill = light.shade(color ?? cycleColor, normal: Self.normal(of: faces[k]))
            case let .flat(color): fill = color
            }
            fill = fill.withAlpha(fill.alpha * alpha)
            // Without an edge, a hairline of the face's own colour hides antialiasing seams between faces.
            let outline = edge ?? (fill.alpha >= 1 ? StrokeStyle(color: fill, width: 0.3, join: .round) : nil)
            return Primitive3D(kind: .polygon(fill: fill, edge: outline), points: faces[k])
        }
    }
}
