import CPangoCairo

/// The process-wide Pango font map over a private fontconfig configuration that holds only the pinned
/// font files, so font selection never depends on the system's fonts or fontconfig settings.
///
/// The pinned configuration is also made fontconfig's current one (see `init`).
///
/// Created lazily on first use (`shared`), once per process, with the process's one `TextLayouter`.
/// Pango font maps, contexts and layouts are not thread-safe, so they are reachable only through `withText`,
/// which holds their lock (`Locked`) for the whole call.
final class FontLibrary: Sendable {
    /// The font map and the layouter, or nil when they could not be set up (`failure` says why).
    private let fonts: Locked<PangoFonts?>
    private let failure: RenderError?

    /// The one font library of the process.
    static let shared = FontLibrary()

    /// A library over `files` (tests use other lists to check the failure path).
    init(files: [PinnedFonts.File] = PinnedFonts.files) {
        switch Self.load(files) {
        case .success(let loaded):
            fonts = Locked(loaded)
            failure = nil
        case .failure(let error):
            fonts = Locked(nil)
            failure = error
        }
    }

    /// The pinned font files in a private fontconfig configuration, and a Pango font map and layouter over it.
    private static func load(_ files: [PinnedFonts.File]) -> Result<PangoFonts, RenderError> {
        if let missing = PinnedFonts.firstMissing(in: files) {
            return .failure(.missingFont(path: missing.path, package: missing.package))
        }
        guard let config = FcConfigCreate() else { return .failure(.fontSetup("FcConfigCreate failed")) }
        defer { FcConfigDestroy(config) }  // the font map keeps its own reference
        for file in files where FcConfigAppFontAddFile(config, file.path) == 0 {
            return .failure(.fontSetup("fontconfig could not read \(file.path) (package \(file.package))"))
        }
        // Make it fontconfig's current configuration too. Pango's font map runs FcInit() once per process
        // (on a thread it then waits for), which otherwise loads the system configuration and scans every
        // installed font directory (~5 ms, and nothing of it is used); with a current configuration set,
        // FcInit() has nothing to do. Side effect: anything else in the process that asks fontconfig for
        // the default configuration gets the pinned fonts only.
        FcConfigSetCurrent(config)
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            return .failure(.fontSetup("Pango has no FreeType font map"))
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        do {
            return .success(PangoFonts(fontMap: map, text: try TextLayouter(fontMap: map)))
        } catch {
            g_object_unref(map)
            return .failure(error as? RenderError ?? .fontSetup("\(error)"))
        }
    }

    /// Runs `body` with the text layouter while holding the process-wide text lock; `body` must not keep the
    /// layouter. Throws the set-up error (e.g. a missing pinned font) if the fonts could not be loaded.
    func withText<R: Sendable>(_ body: (TextLayouter) throws -> R) throws -> R {
        try fonts.withLock { fonts throws -> R in
            guard let fonts else { throw failure ?? RenderError.fontSetup("no font map") }
            return try body(fonts.text)
        }
    }

    /// The set-up error, if the pinned fonts could not be loaded.
    var setupError: RenderError? { failure }
}

/// The Pango font map and the layouter over it; only ever reached under `FontLibrary`'s lock.
private final class PangoFonts {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let text: TextLayouter

    init(fontMap: UnsafeMutablePointer<PangoFontMap>, text: TextLayouter) {
        self.fontMap = fontMap
        self.text = text
    }

    deinit { g_object_unref(fontMap) }  // the layouter's context holds its own reference
}
