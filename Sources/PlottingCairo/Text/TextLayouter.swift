import CPangoCairo
import Plotting

/// Lays out, measures and draws labels with Pango; one per process, owned by `FontLibrary`, which
/// serialises every call (hold its lock).
///
/// One metrics path for every target: the Pango context has a fixed resolution of 72 dpi (sizes in points),
/// an identity matrix, unrounded glyph positions and explicit font options (grey antialiasing, no hinting,
/// hint metrics off). Layout never depends on the surface being drawn to, so a label has the same extent
/// and glyph positions in PNG, SVG and PDF, and layouts can be cached per (label, font) for the whole
/// process: measuring then drawing a label, or drawing a figure as PNG then SVG, lays it out once.
final class TextLayouter {
    private struct Key: Hashable {
        let text: Label
        let font: Font
    }

    private struct Entry {
        let layout: OpaquePointer
        let extent: TextExtent
        /// Top-left corner of the logical box relative to the layout origin, in points.
        let logicalX: Double
        let logicalY: Double
        /// The characters drawn as boxes because no font of the layout's font map has them, in order, once each.
        let missing: [Unicode.Scalar]
    }

    private let context: OpaquePointer
    private var cache: [Key: Entry] = [:]

    /// The most layouts kept; the cache is emptied when it is full (long-running processes stay bounded).
    static let cacheLimit = 4096

    /// Creates the Pango context on `fontMap`.
    init(fontMap: UnsafeMutablePointer<PangoFontMap>) throws {
        guard let ctx = pango_font_map_create_context(fontMap) else {
            throw RenderError.fontSetup("pango_font_map_create_context failed")
        }
        let options = CairoFontOptions.make()
        pango_cairo_context_set_font_options(ctx, options)
        cairo_font_options_destroy(options)  // Pango keeps a copy
        pango_cairo_context_set_resolution(ctx, 72)
        pango_context_set_round_glyph_positions(ctx, 0)
        pango_context_set_language(ctx, pango_language_from_string("en"))
        pango_context_set_base_dir(ctx, PANGO_DIRECTION_LTR)
        context = ctx
    }

    deinit {
        emptyCache()
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    private func emptyCache() {
        for entry in cache.values { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
        cache.removeAll()
    }

    /// The extent of a label as `draw` lays it out.
    func measure(_ text: Label, font: Font) -> TextExtent {
        entry(text, font: font).extent
    }

    /// How many characters of a label no available font has a glyph for (drawn as boxes).
    func unknownGlyphCount(_ text: Label, font: Font) -> Int {
        Int(pango_layout_get_unknown_glyphs_count(entry(text, font: font).layout))
    }

    /// The characters of a label no available font has a glyph for, in order, once each.
    func missingCharacters(_ text: Label, font: Font) -> [Unicode.Scalar] {
        entry(text, font: font).missing
    }

    /// Draws a label on `cr` with its anchor at `point`, rotated `rotation` degrees counter-clockwise.
    func draw(
        _ text: Label, on cr: OpaquePointer, at point: Point, font: Font, color: Color,
        horizontal: HorizontalAnchor, vertical: VerticalAnchor, rotation: Double
    ) {
        let e = entry(text, font: font)
        let dx: Double
        switch horizontal {
        case .left: dx = 0
        case .center: dx = -e.extent.width / 2
        case .right: dx = -e.extent.width
        }
        let dy: Double
        switch vertical {
        case .top: dy = 0
        case .center: dy = -e.extent.height / 2
        case .baseline: dy = -e.extent.baseline
        case .bottom: dy = -e.extent.height
        }
        cairo_save(cr)
        cairo_translate(cr, point.x, point.y)
        if rotation != 0 { cairo_rotate(cr, -rotation * .pi / 180) }
        cairo_move_to(cr, dx - e.logicalX, dy - e.logicalY)
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        pango_cairo_show_layout(cr, e.layout)
        cairo_restore(cr)
    }

    /// The cached layout of a label, made on first use.
    private func entry(_ text: Label, font: Font) -> Entry {
        let key = Key(text: text, font: font)
        if let hit = cache[key] { return hit }
        if cache.count >= Self.cacheLimit { emptyCache() }
        let layout = pango_layout_new(context)!
        let description = pango_font_description_new()
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_size(
            description, Int32((Self.usableSize(font.size) * Double(PANGO_SCALE)).rounded()))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        let markup = text.pangoMarkup(fontSize: Self.usableSize(font.size))
        if !pango_parse_markup(markup, -1, 0, nil, nil, nil, nil).isTrue {
            pango_layout_set_text(layout, text.source, -1)  // cannot happen for escaped markup; keep the text visible
        } else {
            pango_layout_set_markup(layout, markup, -1)
        }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        let extent = TextExtent(
            width: Double(logical.width) / scale, height: Double(logical.height) / scale,
            baseline: Double(pango_layout_get_baseline(layout) - logical.y) / scale)
        let made = Entry(
            layout: layout, extent: extent, logicalX: Double(logical.x) / scale,
            logicalY: Double(logical.y) / scale, missing: Self.missingCharacters(in: layout))
        cache[key] = made
        return made
    }
}

extension TextLayouter {
    /// Pango marks a glyph it found in no font with this bit; the rest is the character (`PANGO_GLYPH_UNKNOWN_FLAG`).
    static let unknownGlyphFlag: UInt32 = 0x1000_0000

    /// The characters of `layout` drawn as unknown glyphs (boxes), in order, once each.
    static func missingCharacters(in layout: OpaquePointer) -> [Unicode.Scalar] {
        guard pango_layout_get_unknown_glyphs_count(layout) > 0, let iterator = pango_layout_get_iter(layout) else {
            return []
        }
        defer { pango_layout_iter_free(iterator) }
        var found: [Unicode.Scalar] = []
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator), let glyphs = run.pointee.glyphs else {
                continue
            }
            for index in 0..<Int(max(glyphs.pointee.num_glyphs, 0)) {
                let glyph = glyphs.pointee.glyphs[index].glyph
                guard glyph & unknownGlyphFlag != 0, let scalar = Unicode.Scalar(glyph & ~unknownGlyphFlag) else {
                    continue
                }
                if !found.contains(scalar) { found.append(scalar) }
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return found
    }

    /// A font size Pango can take: non-finite or negative sizes become 0, huge ones 10,000 pt.
    static func usableSize(_ size: Double) -> Double {
        size.isFinite ? min(max(size, 0), 10_000) : 0
    }
}

private extension gboolean {
    var isTrue: Bool { self != 0 }
}
