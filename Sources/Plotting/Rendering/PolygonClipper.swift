/// Sutherland–Hodgman clipping of a polygon to a rectangle (exact for the visible part, since the
/// rectangle is convex). Keeps huge coordinates away from the backend.
package enum PolygonClipper {
    /// The polygon `points` (implicitly closed) clipped to `r`; empty if nothing is left.
    package static func clip(_ points: [Point], to r: Rect) -> [Point] {
        var poly = points
        poly = clipEdge(poly, inside: { $0.x >= r.minX }, cross: { a, b in cut(a, b, x: r.minX) })
        poly = clipEdge(poly, inside: { $0.x <= r.maxX }, cross: { a, b in cut(a, b, x: r.maxX) })
        poly = clipEdge(poly, inside: { $0.y >= r.minY }, cross: { a, b in cut(a, b, y: r.minY) })
        poly = clipEdge(poly, inside: { $0.y <= r.maxY }, cross: { a, b in cut(a, b, y: r.maxY) })
        return poly.count >= 3 ? poly : []
    }

    private static func clipEdge(_ poly: [Point], inside: (Point) -> Bool, cross: (Point, Point) -> Point) -> [Point] {
        guard let last = poly.last else { return [] }
        var out: [Point] = []
        out.reserveCapacity(poly.count + 4)
        var previous = last
        for p in poly {
            switch (inside(previous), inside(p)) {
            case (true, true): out.append(p)
            case (true, false): out.append(cross(previous, p))
            case (false, true):
                out.append(cross(previous, p))
                out.append(p)
            case (false, false): break
            }
            previous = p
        }
        return out
    }

    private static func cut(_ a: Point, _ b: Point, x: Double) -> Point {
        let t = (x - a.x) / (b.x - a.x)
        return Point(x, a.y + t * (b.y - a.y))
    }
    private static func cut(_ a: Point, _ b: Point, y: Double) -> Point {
        let t = (y - a.y) / (b.y - a.y)
        return Point(a.x + t * (b.x - a.x), y)
    }
}
