/// Points of a surface on a grid: `x[row][column]`, `y[row][column]`, `z[row][column]` (numpy's meshgrid
/// layout, as matplotlib's `plot_surface` takes them).
public struct SurfaceGrid: Hashable, Sendable {
    /// The x coordinate of each grid point, `x[row][column]`.
    public let x: [[Double]]
    /// The y coordinate of each grid point, `y[row][column]`.
    public let y: [[Double]]
    /// The height of each grid point, `z[row][column]`.
    public let z: [[Double]]

    /// A grid from three equally shaped 2-D arrays (checked by `validate()`).
    public init(x: [[Double]], y: [[Double]], z: [[Double]]) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// A rectilinear grid: `x` along the columns, `y` along the rows, `z[row][column]`.
    public init(x: [Double], y: [Double], z: [[Double]]) {
        self.init(x: y.map { _ in x }, y: y.map { yv in x.map { _ in yv } }, z: z)
    }

    /// A rectilinear grid sampling `f(x, y)`.
    public init(x: [Double], y: [Double], sampling f: (Double, Double) -> Double) {
        self.init(x: x, y: y, z: y.map { yv in x.map { xv in f(xv, yv) } })
    }

    /// The number of rows (of `z`).
    public var rows: Int { z.count }
    /// The number of columns (of `z`'s first row; 0 when there is none).
    public var columns: Int { z.first?.count ?? 0 }

    /// The point at (row, column).
    package func point(_ r: Int, _ c: Int) -> Vector3 { Vector3(x[r][c], y[r][c], z[r][c]) }

    /// Throws unless the three arrays have the same shape of at least 2 × 2.
    public func validate() throws {
        guard rows >= 2 else { throw GridDataError.tooFewPoints(axis: "surface row", count: rows) }
        guard columns >= 2 else { throw GridDataError.tooFewPoints(axis: "surface column", count: columns) }
        for (name, array) in [("x", x), ("y", y), ("z", z)] {
            guard array.count == rows else {
                throw GridDataError.shapeMismatch(what: "surface \(name) rows", expected: rows, actual: array.count)
            }
            if let row = array.first(where: { $0.count != columns }) {
                throw GridDataError.shapeMismatch(
                    what: "surface \(name) row length", expected: columns, actual: row.count)
            }
        }
    }

    /// The finite extent.
    public var bounds: DataBounds3D? {
        guard (try? validate()) != nil else { return nil }
        var points: [Vector3] = []
        for r in 0..<rows { for c in 0..<columns { points.append(point(r, c)) } }
        return DataBounds3D.of(points)
    }

    /// The row (or column) indices sampled with `stride`, always including the last.
    static func strided(_ count: Int, _ stride: Int) -> [Int] {
        var result = Array(Swift.stride(from: 0, to: count, by: max(1, stride)))
        if result.last != count - 1 { result.append(count - 1) }
        return result
    }
}
