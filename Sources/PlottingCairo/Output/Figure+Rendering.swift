import FileOutput
import Plotting

extension Figure {
    /// The figure as a PNG, SVG or PDF document: `width` × `height` inches; PNG and SVG at `dpi`
    /// (pixels = inches × dpi), PDF in points, with the title and caption in the file (`documentMetadata`). Throws a `RenderError` for a size the renderer cannot take
    /// or a `PlotError` for an invalid figure (`draw(on:)` validates before drawing anything); no bytes are
    /// returned in either case.
    public func render(as format: OutputFormat) throws -> [UInt8] {
        try renderDocument(width: width, height: height, dpi: dpi, format: format, metadata: documentMetadata) {
            canvas in
            try draw(on: canvas)
        }
    }

    /// Renders the figure and writes it to `path` through FileOutput (`AtomicFile`: atomic, the old file's
    /// mode kept, links followed, devices written straight; `durable` fsyncs), in `format` or else the format
    /// named by the path's extension. Throws before drawing for an unknown extension (`RenderError`) or a
    /// path that cannot be written (`OutputError`); nothing is written on any error.
    public func write(to path: String, format: OutputFormat? = nil, durable: Bool = true) throws {
        let chosen = try format ?? OutputFormat(path: path)
        let destination = try OutputDestination.prepare(path, binary: chosen != .svg)
        try OutputSet.write(render(as: chosen), to: destination, durable: durable)
    }
}
