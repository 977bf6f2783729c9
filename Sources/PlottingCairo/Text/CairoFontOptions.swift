import CCairo

/// The font options set on every Cairo context and Pango context, for output that does not depend on
/// the machine's font settings: grey antialiasing, no hinting, no hint metrics (unhinted, linearly scaled
/// advances, so text measures the same at every resolution).
enum CairoFontOptions {
    /// A new options object (the caller destroys it).
    static func make() -> OpaquePointer {
        let options = cairo_font_options_create()!
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        return options
    }
}
