import Plotting

/// Everything that can go wrong while rendering or writing a document; each message names the bad value.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// A pinned font file is missing.
    case missingFont(path: String, package: String)
    /// Fontconfig or Pango refused the pinned fonts.
    case fontSetup(String)
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
}
