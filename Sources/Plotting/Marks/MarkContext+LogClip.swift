extension MarkContext {
    /// The canvas point of (`x`, `y`) with matplotlib's `nonpositive='clip'`: a coordinate at or below 0 on a
    /// log axis (which the plain transform leaves NaN) goes far past the low edge of the plot, so a bar or an
    /// error bar reaching down to it is drawn to the edge rather than left out.
    func pointClippingNonPositive(_ x: Double, _ y: Double) -> Point {
        var p = transform(x, y)
        if !p.x.isFinite && x.isFinite && x <= 0 { p.x = transform(.leastNormalMagnitude, y).x }
        if !p.y.isFinite && y.isFinite && y <= 0 { p.y = transform(x, .leastNormalMagnitude).y }
        return p
    }
}
