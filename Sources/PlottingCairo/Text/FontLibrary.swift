import CPangoCairo

/// The process-wide Pango font map over a private fontconfig configuration that holds only the pinned
/// font files, so font selection never depends on the system's fonts or fontconfig settings.
///
/// Created lazily on first use (`shared`), once per process. Pango font maps are not thread-safe, so every
/// Pango call that can reach the map (creating contexts and layouts, measuring, drawing text) must run
/// inside `withFontMap`, which serialises them.
final class FontLibrary: @unchecked Sendable {
    // @unchecked: `fontMap` and `failure` are set once in `init` and never change; all use of the map
    // goes through `lock`.
    private let fontMap: UnsafeMutablePointer<PangoFontMap>?
    private let failure: RenderError?
    private let lock = ProcessLock()

    /// The one font library of the process.
    static let shared = FontLibrary()

    private init() {
        if let missing = PinnedFonts.firstMissing() {
            fontMap = nil
            failure = .missingFont(path: missing.path, package: missing.package)
            return
        }
        guard let config = FcConfigCreate() else {
            fontMap = nil; failure = .fontSetup("FcConfigCreate failed"); return
        }
        defer { FcConfigDestroy(config) }  // the font map keeps its own reference
        for file in PinnedFonts.files where FcConfigAppFontAddFile(config, file.path) == 0 {
            fontMap = nil
            failure = .fontSetup("fontconfig could not read \(file.path) (package \(file.package))")
            return
        }
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            fontMap = nil; failure = .fontSetup("Pango has no FreeType font map"); return
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        fontMap = map
        failure = nil
    }

    deinit {
        if let fontMap { g_object_unref(fontMap) }
    }

    /// Runs `body` with the font map while holding the process-wide text lock.
    /// Throws the set-up error (e.g. a missing pinned font) if the map could not be made.
    func withFontMap<R>(_ body: (UnsafeMutablePointer<PangoFontMap>) throws -> R) throws -> R {
        guard let fontMap else { throw failure ?? RenderError.fontSetup("no font map") }
        return try lock.withLock { try body(fontMap) }
    }

    /// The set-up error, if the pinned fonts could not be loaded.
    var setupError: RenderError? { failure }
}
