import Plotting

/// Renders a drawing to a document's bytes.
///
/// Creates a `CairoCanvas` of `width` × `height` inches at `dpi` for `format`, lets `draw` draw on it
/// (canvas units are points, origin top-left), and returns the PNG, SVG or PDF bytes. Throws a
/// `RenderError` naming the bad value for a size that is not positive and finite, a dpi outside
/// 0 < dpi ≤ 2400, or a canvas over 100 megapixels (`FigureLimits`); `draw`'s own errors are passed on. Nothing is written
/// anywhere (see FileOutput's `AtomicFile` to write the bytes). `metadata` goes into the document (`DocumentMetadata`).
public func renderDocument(
    width: Double, height: Double, dpi: Double, format: OutputFormat, metadata: DocumentMetadata = DocumentMetadata(),
    draw: (Canvas) throws -> Void
) throws -> [UInt8] {
    let canvas = try CairoCanvas(format: format, width: width, height: height, dpi: dpi, metadata: metadata)
    try draw(canvas)
    return try canvas.finish()
}
