import Plotting

extension Figure {
    /// The figure as a PNG, SVG or PDF document: `width` × `height` inches; PNG and SVG at `dpi`
    /// (pixels = inches × dpi), PDF in points. Throws a `RenderError` for a size the renderer cannot take
    /// or a `PlotError` for an invalid figure (`draw(on:)` validates before drawing anything); no bytes are
    /// returned in either case.
    public func render(as format: OutputFormat) throws -> [UInt8] {
        try renderDocument(width: width, height: height, dpi: dpi, format: format) { canvas in
            try draw(on: canvas)
        }
    }

    /// Renders the figure and writes it atomically to `path` (see `AtomicFile`; `durable` fsyncs), in
    /// `format` or else the format named by the path's extension. Throws before drawing for an unknown
    /// extension; nothing is written on any error.
    public func write(to path: String, format: OutputFormat? = nil, durable: Bool = true) throws {
        let chosen = try format ?? OutputFormat(path: path)
        try AtomicFile.write(render(as: chosen), to: path, durable: durable)
    }
}
