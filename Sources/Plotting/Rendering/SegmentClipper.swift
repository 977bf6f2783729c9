/// Liang–Barsky clipping of a line segment to a rectangle.
enum SegmentClipper {
    /// The part of the segment a→b inside `r` as parameters (t0, t1) in 0...1, or nil if it misses.
    @inline(__always)
    static func clip(_ a: Point, _ b: Point, to r: Rect) -> (Double, Double)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        @inline(__always) func edge(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return q >= 0 }
            let t = q / p
            if p < 0 {
                if t > t1 { return false }
                if t > t0 { t0 = t }
            } else {
                if t < t0 { return false }
                if t < t1 { t1 = t }
            }
            return true
        }
        guard edge(-dx, a.x - r.minX), edge(dx, r.maxX - a.x), edge(-dy, a.y - r.minY), edge(dy, r.maxY - a.y)
        else { return nil }
        return (t0, t1)
    }
}
