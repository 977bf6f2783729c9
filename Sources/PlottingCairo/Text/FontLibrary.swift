import CPangoCairo
import Plotting

/// The process-wide Pango font maps: one over a private fontconfig configuration that holds only the pinned
/// font files, so text in the pinned families (DejaVu Sans, NanumGothic: the default theme) never depends on
/// the system's fonts or fontconfig settings; and, made on first use, one over the system's fontconfig
/// configuration for any other family a theme names (`SystemFonts`).
///
/// The pinned configuration is also made fontconfig's current one (see `init`).
///
/// Created lazily on first use (`shared`), once per process, with a `TextLayouter` per font map.
/// Pango font maps, contexts and layouts are not thread-safe, so they are reachable only through `withText`,
/// which holds their lock (`Locked`) for the whole call.
final class FontLibrary: Sendable {
    /// The font maps and layouters, or nil when the pinned ones could not be set up (`failure` says why).
    private let fonts: Locked<LoadedFonts?>
    private let failure: RenderError?

    /// The one font library of the process.
    static let shared = FontLibrary()

    /// A library over `files` (tests use other lists to check the failure path).
    init(files: [PinnedFonts.File] = PinnedFonts.files) {
        switch Self.load(files) {
        case .success(let loaded):
            fonts = Locked(LoadedFonts(pinned: loaded))
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

    /// Runs `body` with the text layouter for `font`'s family while holding the process-wide text lock; `body`
    /// must not keep the layouter. The pinned layouter when every family of `font` is pinned (or none is named),
    /// else the system one. Throws the set-up error (e.g. a missing pinned font) if the fonts could not be loaded,
    /// and `RenderError.unknownFontFamily` when none of the font's families is installed.
    func withText<R: Sendable>(for font: Font, _ body: (TextLayouter) throws -> R) throws -> R {
        try fonts.withLock { fonts throws -> R in
            guard let fonts else { throw failure ?? RenderError.fontSetup("no font map") }
            return try body(fonts.layouter(for: font.family))
        }
    }

    /// The set-up error, if the pinned fonts could not be loaded.
    var setupError: RenderError? { failure }
}

/// The pinned fonts, and the system's once a family outside them is asked for; only reached under
/// `FontLibrary`'s lock.
private final class LoadedFonts {
    let pinned: PangoFonts
    /// nil until first needed; then the system fonts, or why they could not be loaded.
    private var system: Result<SystemFonts, RenderError>?

    init(pinned: PangoFonts) { self.pinned = pinned }

    /// The layouter for a font family list ("DejaVu Serif, NanumGothic").
    func layouter(for familyList: String) throws -> TextLayouter {
        let names = FontFamilies.names(in: familyList)
        if names.allSatisfy(PinnedFonts.isPinned) { return pinned.text }
        let fonts = try systemFonts().get()
        try fonts.requireInstalled(names, listed: familyList)
        return fonts.text
    }

    private func systemFonts() -> Result<SystemFonts, RenderError> {
        if let system { return system }
        let loaded = Result { try SystemFonts() }.mapError { $0 as? RenderError ?? .fontSetup("\($0)") }
        system = loaded
        return loaded
    }
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
