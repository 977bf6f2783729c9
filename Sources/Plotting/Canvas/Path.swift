/// One element of a vector path.
public enum PathElement: Hashable, Sendable {
    /// Starts a new subpath at a point.
    case move(Point)
    /// A straight segment to a point.
    case line(Point)
    /// A cubic Bézier curve through two control points to an end point.
    case curve(Point, Point, Point)
    /// Closes the current subpath with a segment back to its start.
    case close
}

/// A vector path in canvas points: one or more subpaths.
public struct Path: Hashable, Sendable {
    /// The elements, in drawing order.
    public var elements: [PathElement]
    /// A path of the given elements (empty by default).
    public init(_ elements: [PathElement] = []) { self.elements = elements }

    /// Starts a new subpath at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a straight segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Adds a cubic Bézier curve through control points `c1` and `c2` to `p`.
    public mutating func curve(_ c1: Point, _ c2: Point, to p: Point) { elements.append(.curve(c1, c2, p)) }
    /// Closes the current subpath.
    public mutating func close() { elements.append(.close) }
    /// Whether the path has no elements.
    public var isEmpty: Bool { elements.isEmpty }

    /// A closed rectangle.
    public static func rectangle(_ r: Rect) -> Path {
        Path([
            .move(Point(r.minX, r.minY)), .line(Point(r.maxX, r.minY)), .line(Point(r.maxX, r.maxY)),
            .line(Point(r.minX, r.maxY)), .close,
        ])
    }
    /// A polyline through the points (no close).
    public static func polyline(_ points: [Point]) -> Path {
        var p = Path()
        for (i, q) in points.enumerated() { i == 0 ? p.move(to: q) : p.line(to: q) }
        return p
    }
    /// A closed polygon through the points.
    public static func polygon(_ points: [Point]) -> Path {
        var p = polyline(points)
        if !points.isEmpty { p.close() }
        return p
    }
    /// A circle approximated by four cubic Béziers.
    public static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498307936 * r
        return Path([
            .move(Point(c.x + r, c.y)),
            .curve(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r), Point(c.x, c.y + r)),
            .curve(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k), Point(c.x - r, c.y)),
            .curve(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r), Point(c.x, c.y - r)),
            .curve(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k), Point(c.x + r, c.y)),
            .close,
        ])
    }
}
