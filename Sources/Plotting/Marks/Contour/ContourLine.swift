/// One connected piece of a contour line in data coordinates.
public struct ContourLine: Hashable, Sendable {
    /// The x coordinates of the vertices.
    public var xs: [Double]
    /// The y coordinates of the vertices.
    public var ys: [Double]
    /// Whether the line closes on itself (the last vertex joins the first; it is not repeated).
    public var isClosed: Bool
    public init(xs: [Double], ys: [Double], isClosed: Bool) {
        self.xs = xs; self.ys = ys; self.isClosed = isClosed
    }
    /// The number of vertices.
    public var count: Int { xs.count }
}

/// The contour lines of one level.
public struct ContourLevelLines: Hashable, Sendable {
    /// The level value.
    public var level: Double
    /// The connected lines at that level, in a deterministic order.
    public var lines: [ContourLine]
    public init(level: Double, lines: [ContourLine]) { self.level = level; self.lines = lines }
}
