/// A scalar field sampled on a rectilinear grid: `z[row][column]` is the value at `(x[column], y[row])`.
///
/// Non-finite `z` values are allowed and mean "no data": cells touching them draw nothing.
package struct ScalarGrid: Hashable, Sendable {
    /// The x coordinate of each column.
    package let x: [Double]
    /// The y coordinate of each row.
    package let y: [Double]
    /// The values, one row per `y`, each row one value per `x`.
    package let z: [[Double]]

    /// A grid from its coordinates and values.
    /// - Throws: `PlotError` when there are fewer than two columns or rows, a coordinate is not finite,
    ///   or `z` does not have `y.count` rows of `x.count` values.
    package init(x: [Double], y: [Double], z: [[Double]]) throws {
        guard x.count >= 2 else { throw GridDataError.tooFewPoints(axis: "x", count: x.count) }
        guard y.count >= 2 else { throw GridDataError.tooFewPoints(axis: "y", count: y.count) }
        if let bad = x.first(where: { !$0.isFinite }) { throw GridDataError.nonFiniteCoordinate(axis: "x", value: bad) }
        if let bad = y.first(where: { !$0.isFinite }) { throw GridDataError.nonFiniteCoordinate(axis: "y", value: bad) }
        guard z.count == y.count else {
            throw GridDataError.shapeMismatch(what: "z rows", expected: y.count, actual: z.count)
        }
        for row in z where row.count != x.count {
            throw GridDataError.shapeMismatch(what: "z row length", expected: x.count, actual: row.count)
        }
        self.x = x
        self.y = y
        self.z = z
    }

    /// A grid sampling `f(x, y)` at every `(x[column], y[row])`.
    package init(x: [Double], y: [Double], sampling f: (Double, Double) -> Double) throws {
        try self.init(x: x, y: y, z: y.map { yv in x.map { xv in f(xv, yv) } })
    }

    /// The smallest and largest finite value, or nil when there is none.
    package var finiteRange: ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for row in z {
            for v in row where v.isFinite {
                lo = min(lo, v)
                hi = max(hi, v)
            }
        }
        return lo <= hi ? lo...hi : nil
    }

    /// The extent of the grid's coordinates.
    package var bounds: DataBounds {
        DataBounds(xMin: x.min() ?? 0, xMax: x.max() ?? 0, yMin: y.min() ?? 0, yMax: y.max() ?? 0)
    }
}

/// Messages for grid-shaped input (contour fields, surfaces, quiver arrays) that cannot be used; each
/// builds a `PlotError` naming the bad value and what is allowed.
enum GridDataError {
    static func tooFewPoints(axis: String, count: Int) -> PlotError {
        PlotError("the grid has \(count) \(axis) value(s); at least 2 are needed")
    }
    static func nonFiniteCoordinate(axis: String, value: Double) -> PlotError {
        PlotError("grid coordinate \(axis) = \(value) is not finite; grid coordinates must be finite")
    }
    static func shapeMismatch(what: String, expected: Int, actual: Int) -> PlotError {
        PlotError("\(what) is \(actual), expected \(expected) to match the grid")
    }
    static func empty(what: String) -> PlotError {
        PlotError("\(what) is empty; at least one value is needed")
    }
    static func invalidParameter(name: String, value: Double, allowed: String) -> PlotError {
        PlotError("\(name) = \(value) is not allowed; it must be \(allowed)")
    }
}
