import CCairo
import Plotting

/// The Cairo implementation of `Canvas`: one drawing path for PNG (an ARGB32 image surface), SVG and PDF.
///
/// Canvas units are points in every format. The raster and SVG surfaces are scaled by dpi/72 (an SVG is
/// inches × dpi px and looks exactly like the PNG); the PDF page is inches × 72 points. Text goes through
/// one Pango set-up (`TextLayouter`), so layout is identical in all three.
///
/// Draw, then call `finish()` once for the document's bytes. The Cairo context and surface are freed in deinit.
package final class CairoCanvas: Canvas {
    /// The output format this canvas renders to.
    package let format: OutputFormat
    /// The validated document size.
    package let geometry: DocumentGeometry
    /// The title and description written into the document.
    package let metadata: DocumentMetadata
    package var size: (width: Double, height: Double) { (geometry.pointWidth, geometry.pointHeight) }
    /// dpi / 72 in every format, so that marks simplify and snap the same way in PNG, SVG and PDF
    /// (the SVG is inches × dpi px; the PDF keeps the detail of the PNG when zoomed to that resolution).
    package var pixelsPerPoint: Double { geometry.pixelsPerPoint }

    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private let fontOptions: OpaquePointer
    private let sink: ByteSink
    private var clipDepth = 0
    private var textProblem: RenderError?
    private var finished = false

    /// A canvas of `width` × `height` inches at `dpi`, rendering to `format`, with `metadata` in the document.
    /// Throws a `RenderError` for a bad size or dpi, or when the pinned fonts are missing.
    package init(
        format: OutputFormat, width: Double, height: Double, dpi: Double,
        metadata: DocumentMetadata = DocumentMetadata()
    ) throws {
        let geometry = try DocumentGeometry(width: width, height: height, dpi: dpi)
        if let error = FontLibrary.shared.setupError { throw error }
        self.format = format
        self.geometry = geometry
        self.metadata = metadata
        let sink = ByteSink()
        self.sink = sink
        let made: OpaquePointer?
        switch format {
        case .png:
            made = cairo_image_surface_create(
                CAIRO_FORMAT_ARGB32, Int32(geometry.pixelWidth), Int32(geometry.pixelHeight))
        case .svg:
            made = cairo_svg_surface_create_for_stream(
                ByteSink.write, sink.closure,
                Double(geometry.pixelWidth), Double(geometry.pixelHeight))
            if let made { cairo_svg_surface_set_document_unit(made, CAIRO_SVG_UNIT_PX) }
        case .pdf:
            made = cairo_pdf_surface_create_for_stream(
                ByteSink.write, sink.closure,
                geometry.pointWidth, geometry.pointHeight)
            if let made { PDFDeterminism.setMetadata(on: made, document: metadata) }
        }
        guard let surface = made else { throw RenderError.cairo("could not create the \(format) surface") }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            let message = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw RenderError.cairo(message)
        }
        self.surface = surface
        self.cr = cr
        fontOptions = CairoFontOptions.make()
        cairo_set_font_options(cr, fontOptions)
        if format != .pdf { cairo_scale(cr, geometry.pixelsPerPoint, geometry.pixelsPerPoint) }
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)  // finishes a stream surface into `sink` if not yet finished
        cairo_font_options_destroy(fontOptions)
    }

    // MARK: Canvas

    package func stroke(_ path: Path, style: StrokeStyle) {
        guard style.width.isFinite, style.width > 0, !path.isEmpty else { return }
        CairoPath.append(path, to: cr)
        setSource(style.color)
        cairo_set_line_width(cr, min(style.width, CairoPath.limit))
        setDash(style.dash, offset: style.dashOffset)
        cairo_set_line_cap(cr, Self.cairoCap(style.cap))
        cairo_set_line_join(cr, Self.cairoJoin(style.join))
        cairo_stroke(cr)
    }

    package func fill(_ path: Path, color: Color) {
        guard !path.isEmpty else { return }
        CairoPath.append(path, to: cr)
        setSource(color)
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        cairo_fill(cr)
    }

    package func drawText(
        _ text: Label, at point: Point, font: Font, color: Color,
        horizontal: HorizontalAnchor, vertical: VerticalAnchor, rotation: Double
    ) {
        guard CairoPath.isFinite(point), rotation.isFinite, !text.isEmpty else { return }
        let anchor = Point(CairoPath.clamp(point.x), CairoPath.clamp(point.y))
        let clamped = Color(
            red: Self.unit(color.red), green: Self.unit(color.green), blue: Self.unit(color.blue),
            alpha: Self.unit(color.alpha))
        do {
            let missing = try FontLibrary.shared.withText(for: font) { layouter in
                layouter.draw(
                    text, on: cr, at: anchor, font: font, color: clamped,
                    horizontal: horizontal, vertical: vertical, rotation: rotation)
                return layouter.missingCharacters(text, font: font)
            }
            if !missing.isEmpty {
                recordTextProblem(.missingGlyphs(text: text.plainText, characters: missing, fontFamily: font.family))
            }
        } catch {
            recordTextProblem(error as? RenderError ?? .fontSetup("\(error)"))
        }
    }

    package func measureText(_ text: Label, font: Font) -> TextExtent {
        do {
            return try FontLibrary.shared.withText(for: font) { $0.measure(text, font: font) }
        } catch {
            recordTextProblem(error as? RenderError ?? .fontSetup("\(error)"))
            return TextExtent(width: 0, height: 0, baseline: 0)
        }
    }

    /// Keeps the first text problem (an uninstalled font family, characters no font has); `finish()` and
    /// `checkText()` throw it, so text is never silently drawn as boxes or in another font.
    private func recordTextProblem(_ problem: RenderError) {
        if textProblem == nil { textProblem = problem }
    }

    /// Throws the first text problem met while drawing or measuring, if any.
    package func checkText() throws {
        if let textProblem { throw textProblem }
    }

    package func pushClip(_ rect: Rect) {
        cairo_save(cr)
        clipDepth += 1
        guard rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite else { return }
        cairo_new_path(cr)
        cairo_rectangle(
            cr, CairoPath.clamp(rect.x), CairoPath.clamp(rect.y),
            CairoPath.clamp(max(rect.width, 0)), CairoPath.clamp(max(rect.height, 0)))
        cairo_clip(cr)
    }

    package func popClip() {
        guard clipDepth > 0 else { return }
        clipDepth -= 1
        cairo_restore(cr)
    }

    package func drawImage(_ image: ImagePixels, in rect: Rect, interpolation: ImageInterpolation) {
        CairoImagePainter.paint(
            image, in: rect, interpolation: interpolation, padEdges: format == .png,
            sharpenAt: format == .svg ? geometry.pixelsPerPoint : nil, on: cr)
    }

    /// How many characters of a label no available font has a glyph for (they would show as boxes).
    package func unknownGlyphCount(_ text: Label, font: Font) throws -> Int {
        try FontLibrary.shared.withText(for: font) { $0.unknownGlyphCount(text, font: font) }
    }

    // MARK: Output

    /// Ends drawing and returns the document: PNG bytes (libpng), or the SVG/PDF stream made deterministic.
    /// Call once; drawing after `finish` has no effect.
    package func finish() throws -> [UInt8] {
        guard !finished else { throw RenderError.cairo("the canvas was already finished") }
        finished = true
        while clipDepth > 0 { popClip() }
        try checkText()
        try checkStatus()
        switch format {
        case .png:
            cairo_surface_flush(surface)
            return try PNGEncoder.encode(surface: surface, dpi: geometry.dpi, metadata: metadata)
        case .svg:
            cairo_surface_finish(surface)
            try checkStatus()
            return SVGMetadata.inserting(metadata, into: SVGDeterminism.normalize(sink.bytes))
        case .pdf:
            cairo_surface_finish(surface)
            try checkStatus()
            return sink.bytes
        }
    }

    /// The pixels drawn so far as straight (non-premultiplied) RGBA; nil unless this is a PNG canvas.
    package var pixels: RasterImage? {
        guard format == .png, !finished else { return nil }
        cairo_surface_flush(surface)
        return RasterImage(surface: surface)
    }

    private func checkStatus() throws {
        let status = cairo_status(cr)
        let surfaceStatus = cairo_surface_status(surface)
        for s in [status, surfaceStatus] where s != CAIRO_STATUS_SUCCESS {
            throw RenderError.cairo(String(cString: cairo_status_to_string(s)))
        }
    }

    private func setSource(_ c: Color) {
        cairo_set_source_rgba(cr, Self.unit(c.red), Self.unit(c.green), Self.unit(c.blue), Self.unit(c.alpha))
    }

    private func setDash(_ dash: [Double], offset: Double) {
        // Cairo rejects negative or all-zero dashes (and would put the context in an error state).
        let usable = dash.allSatisfy { $0.isFinite && $0 >= 0 } && dash.contains { $0 > 0 }
        if usable {
            cairo_set_dash(cr, dash, Int32(min(dash.count, 1024)), offset.isFinite ? offset : 0)
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
    }

    private static func unit(_ v: Double) -> Double { v.isFinite ? min(max(v, 0), 1) : 0 }

    private static func cairoCap(_ cap: LineCap) -> cairo_line_cap_t {
        switch cap {
        case .butt: return CAIRO_LINE_CAP_BUTT
        case .round: return CAIRO_LINE_CAP_ROUND
        case .square: return CAIRO_LINE_CAP_SQUARE
        }
    }

    private static func cairoJoin(_ join: LineJoin) -> cairo_line_join_t {
        switch join {
        case .miter: return CAIRO_LINE_JOIN_MITER
        case .round: return CAIRO_LINE_JOIN_ROUND
        case .bevel: return CAIRO_LINE_JOIN_BEVEL
        }
    }
}
