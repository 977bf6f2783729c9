import CPangoCairo

/// The fonts installed on the machine, through the system's fontconfig configuration: what a theme's font
/// family that is not pinned draws with (`Theme.fontFamily = "DejaVu Serif"`).
///
/// Made on first use only (loading the system configuration scans the font folders), so figures in the pinned
/// families never pay for it and never depend on what else is installed. Only reached under `FontLibrary`'s lock.
final class SystemFonts {
    private let config: OpaquePointer
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// Lays out text in the system's fonts.
    let text: TextLayouter
    /// Family name (as compared) → whether fontconfig lists a font of it.
    private var installed: [String: Bool] = [:]

    /// fontconfig's generic names, which its configuration always maps to some installed font.
    static let genericFamilies: Set<String> = [
        "serif", "sans-serif", "sans", "monospace", "mono", "cursive", "fantasy", "system-ui", "emoji", "math",
    ]

    /// Loads the system configuration and a Pango font map over it.
    init() throws {
        guard let config = FcInitLoadConfigAndFonts() else {
            throw RenderError.fontSetup("fontconfig could not load the system configuration")
        }
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            FcConfigDestroy(config)
            throw RenderError.fontSetup("Pango has no FreeType font map")
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        do {
            text = try TextLayouter(fontMap: map)
        } catch {
            g_object_unref(map)
            FcConfigDestroy(config)
            throw error
        }
        self.config = config
        fontMap = map
    }

    deinit {
        g_object_unref(fontMap)
        FcConfigDestroy(config)  // the font map holds its own reference
    }

    /// Throws `RenderError.unknownFontFamily` when none of `families` is installed (nor a generic name such as
    /// `serif`); `listed` is the family list as the theme gave it.
    func requireInstalled(_ families: [String], listed: String) throws {
        guard !families.contains(where: isInstalled) else { return }
        throw RenderError.unknownFontFamily(listed)
    }

    private func isInstalled(_ family: String) -> Bool {
        let key = FontFamilies.comparable(family)
        if Self.genericFamilies.contains(key) { return true }
        if let known = installed[key] { return known }
        let found = Self.listsFont(of: family, in: config)
        installed[key] = found
        return found
    }

    /// Whether fontconfig lists at least one font whose family (any of its names) is `family`.
    private static func listsFont(of family: String, in config: OpaquePointer) -> Bool {
        guard let pattern = FcPatternCreate() else { return false }
        defer { FcPatternDestroy(pattern) }
        _ = family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                FcPatternAddString(pattern, FC_FAMILY, $0)
            }
        }
        guard let objects = FcObjectSetCreate() else { return false }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, FC_FAMILY)
        guard let fonts = FcFontList(config, pattern, objects) else { return false }
        defer { FcFontSetDestroy(fonts) }
        return fonts.pointee.nfont > 0
    }
}
