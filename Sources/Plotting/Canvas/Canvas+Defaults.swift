extension Canvas {
    /// A canvas that does not state its resolution is assumed to be viewed at up to 600 dpi, so that path
    /// simplification (1/9 px) stays invisible even when vector output is zoomed. Raster canvases should
    /// return their real dpi / 72 (a coarser tolerance: fewer vertices, faster).
    public var pixelsPerPoint: Double { 600.0 / 72.0 }
}

extension Canvas {
    /// The fallback for canvases without an image primitive: one filled rectangle per pixel (nearest
    /// neighbour whatever `interpolation` asks; a canvas that can draw images should implement it instead,
    /// as `CairoCanvas` and `RecordingCanvas` do, since antialiased neighbouring rectangles can show seams).
    public func drawImage(_ image: ImagePixels, in rect: Rect, interpolation: ImageInterpolation) {
        guard image.isWellFormed else { return }
        let cellWidth = rect.width / Double(image.width), cellHeight = rect.height / Double(image.height)
        for row in 0..<image.height {
            for column in 0..<image.width {
                guard let color = image.color(column: column, row: row), color.alpha > 0 else { continue }
                let cell = Rect(
                    x: rect.minX + Double(column) * cellWidth, y: rect.minY + Double(row) * cellHeight,
                    width: cellWidth, height: cellHeight)
                fill(.rectangle(cell), color: color)
            }
        }
    }
}
