/// One connected piece of a contour line in data coordinates.
package struct ContourLine: Hashable, Sendable {
    /// The x coordinates of the vertices.
    package var xs: [Double]
    /// The y coordinates of the vertices.
    package var ys: [Double]
    /// Whether the line closes on itself (the last vertex joins the first; it is not repeated).
    package var isClosed: Bool
    package init(xs: [Double], ys: [Double], isClosed: Bool) {
        self.xs = xs
        self.ys = ys
        self.isClosed = isClosed
    }
    /// The number of vertices.
    package var count: Int { xs.count }
}

/// The contour lines of one level.
package struct ContourLevelLines: Hashable, Sendable {
    /// The level value.
    package var level: Double
    /// The connected lines at that level, in a deterministic order.
    package var lines: [ContourLine]
    package init(level: Double, lines: [ContourLine]) {
        self.level = level
        self.lines = lines
    }
}
