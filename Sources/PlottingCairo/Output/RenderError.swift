import Plotting

/// Everything that can go wrong while rendering or writing a document; each message names the bad value.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// A pinned font file is missing.
    case missingFont(path: String, package: String)
    /// Fontconfig or Pango refused the pinned fonts.
    case fontSetup(String)
    /// None of the families of a font family list (`Theme.fontFamily`) is installed.
    case unknownFontFamily(String)
    /// Text has characters that no available font can draw (they would show as boxes).
    case missingGlyphs(text: String, characters: [Unicode.Scalar], fontFamily: String)
    /// A width or height (inches) that is not a positive finite number.
    case invalidSize(name: String, value: Double)
    /// A resolution outside 0 < dpi ≤ `FigureLimits.maximumDPI`.
    case invalidDPI(Double)
    /// A canvas whose pixel dimensions are too large.
    case tooManyPixels(width: Double, height: Double)
    /// A file extension that names no output format.
    case unknownFormat(String)
    /// Cairo reported an error.
    case cairo(String)
    /// libpng reported an error.
    case png(String)
    /// A file could not be written.
    case file(String)

    /// The error as one line for the user, naming what was wrong.
    public var description: String {
        switch self {
        case .missingFont(let path, let package):
            return "font file \(path) is missing; install the Debian package \(package) (apt-get install \(package))"
        case .fontSetup(let message):
            return "font set-up failed: \(message)"
        case .unknownFontFamily(let family):
            return
                "font family '\(family)' is not installed; use an installed family (fc-list : family lists them) or a generic one (serif, sans-serif, monospace)"
        case .missingGlyphs(let text, let characters, let family):
            return Self.missingGlyphsMessage(text: text, characters: characters, fontFamily: family)
        case .invalidSize(let name, let value):
            return "\(name) \(value) inches is not allowed; it must be a finite number above 0"
        case .invalidDPI(let dpi):
            return "dpi \(dpi) is not allowed; it must be above 0 and at most \(Int(FigureLimits.maximumDPI))"
        case .tooManyPixels(let width, let height):
            return
                "a canvas of \(FigureLimits.text(ofPixels: width)) × \(FigureLimits.text(ofPixels: height)) pixels is not allowed; 1 to \(FigureLimits.maximumPixelsPerSide) pixels a side "
                + "and at most \(FigureLimits.maximumPixels / 1_000_000) megapixels in all are allowed"
        case .unknownFormat(let ext) where ext.isEmpty:
            return
                "the file name has no extension to tell the output format; allowed: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownFormat(let ext):
            return
                "unknown output format '\(ext)'; allowed: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        case .cairo(let message):
            return "cairo: \(message)"
        case .png(let message):
            return "PNG encoding: \(message)"
        case .file(let message):
            return message
        }
    }

    private static func missingGlyphsMessage(text: String, characters: [Unicode.Scalar], fontFamily: String) -> String {
        let shown = text.unicodeScalars.prefix(40).map {
            $0.properties.generalCategory == .control ? " " : Character($0)
        }
        let named = characters.prefix(5).map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + " " + String(scalar)
        }
        let more = characters.count > 5 ? " and \(characters.count - 5) more" : ""
        let pinned = FontFamilies.names(in: fontFamily).allSatisfy(PinnedFonts.isPinned)
        let advice =
            pinned
            ? "the pinned fonts (\(PinnedFonts.families.joined(separator: ", "))) do not have them: set Theme.fontFamily to an installed family that does"
            : "no installed font has them: install one that does (fc-list :charset=\(String(characters.first?.value ?? 0, radix: 16)) lists those that do)"
        return
            "the text '\(String(shown))\(text.unicodeScalars.count > 40 ? "…" : "")' has characters no font can draw, \(named.joined(separator: ", "))\(more) (font family '\(fontFamily)'); \(advice)"
    }
}

extension RenderError {
    /// Whether the error comes from the user's input (a size, dpi, extension or path) rather than the machine.
    package var isBadInput: Bool {
        switch self {
        case .invalidSize, .invalidDPI, .tooManyPixels, .unknownFormat, .unknownFontFamily, .missingGlyphs: return true
        case .missingFont, .fontSetup, .cairo, .png, .file: return false
        }
    }
}
