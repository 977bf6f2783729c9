import CPangoCairo

/// The process-wide Pango font map over a private fontconfig configuration that holds only the pinned
/// font files, so font selection never depends on the system's fonts or fontconfig settings.
///
/// The pinned configuration is also made fontconfig's current one (see `init`).
///
/// Created lazily on first use (`shared`), once per process, with the process's one `TextLayouter`.
/// Pango font maps, contexts and layouts are not thread-safe, so every text call goes through `withText`,
/// which serialises them.
final class FontLibrary: @unchecked Sendable {
    // @unchecked: `fontMap`, `text` and `failure` are set once in `init` and never change; all use of the
    // map and the layouter goes through `lock`.
    private let fontMap: UnsafeMutablePointer<PangoFontMap>?
    private let text: TextLayouter?
    private let failure: RenderError?
    private let lock = ProcessLock()

    /// The one font library of the process.
    static let shared = FontLibrary()

    /// A library over `files` (tests use other lists to check the failure path).
    init(files: [PinnedFonts.File] = PinnedFonts.files) {
        if let missing = PinnedFonts.firstMissing(in: files) {
            fontMap = nil; text = nil
            failure = .missingFont(path: missing.path, package: missing.package)
            return
        }
        guard let config = FcConfigCreate() else {
            fontMap = nil; text = nil; failure = .fontSetup("FcConfigCreate failed"); return
        }
        defer { FcConfigDestroy(config) }  // the font map keeps its own reference
        for file in files where FcConfigAppFontAddFile(config, file.path) == 0 {
            fontMap = nil; text = nil
            failure = .fontSetup("fontconfig could not read \(file.path) (package \(file.package))")
            return
        }
        // Make it fontconfig's current configuration too. Pango's font map runs FcInit() once per process
        // (on a thread it then waits for), which otherwise loads the system configuration and scans every
        // installed font directory (~5 ms, and nothing of it is used); with a current configuration set,
        // FcInit() has nothing to do. Side effect: anything else in the process that asks fontconfig for
        // the default configuration gets the pinned fonts only.
        FcConfigSetCurrent(config)
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            fontMap = nil; text = nil; failure = .fontSetup("Pango has no FreeType font map"); return
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        do {
            text = try TextLayouter(fontMap: map)
            failure = nil
        } catch {
            text = nil
            failure = error as? RenderError ?? .fontSetup("\(error)")
        }
        fontMap = map
    }

    deinit {
        if let fontMap { g_object_unref(fontMap) }
    }

    /// Runs `body` with the text layouter while holding the process-wide text lock.
    /// Throws the set-up error (e.g. a missing pinned font) if the fonts could not be loaded.
    func withText<R>(_ body: (TextLayouter) throws -> R) throws -> R {
        guard let text else { throw failure ?? RenderError.fontSetup("no font map") }
        return try lock.withLock { try body(text) }
    }

    /// The set-up error, if the pinned fonts could not be loaded.
    var setupError: RenderError? { failure }
}
