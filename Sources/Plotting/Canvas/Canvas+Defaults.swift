extension Canvas {
    /// A canvas that does not state its resolution is assumed to be viewed at up to 600 dpi, so that path
    /// simplification (1/9 px) stays invisible even when vector output is zoomed. Raster canvases should
    /// return their real dpi / 72 (a coarser tolerance: fewer vertices, faster).
    public var pixelsPerPoint: Double { 600.0 / 72.0 }
}
