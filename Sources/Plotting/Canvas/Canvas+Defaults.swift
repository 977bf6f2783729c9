extension Canvas {
    /// 1 pixel per point unless the canvas says otherwise (vector output).
    public var pixelsPerPoint: Double { 1 }
}
