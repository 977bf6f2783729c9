import Plotting

/// The settings every figure shares: language, title, size and resolution. Validated on creation, so a bad
/// value is reported (one line naming the option) before anything is computed or written.
public struct FigureSettings: Sendable, Hashable {
    /// The language of labels, legends and titles.
    public var language: Language
    /// A title replacing the figure's own (nil keeps it; "" removes it).
    public var title: String?
    /// Width in inches (nil: the figure's default).
    public var width: Double?
    /// Height in inches (nil: the figure's default).
    public var height: Double?
    /// Raster resolution (nil: 100 dpi).
    public var dpi: Double?

    /// The largest width or height accepted, in inches.
    public static let maximumInches = 100.0

    /// Settings; throws a `ParameterError` for a width, height or dpi that is not a positive finite number
    /// within the limits.
    public init(
        language: Language = .ko, title: String? = nil, width: Double? = nil, height: Double? = nil,
        dpi: Double? = nil
    ) throws(ParameterError) {
        let inches = NumberDomain(lower: (0, false), upper: (Self.maximumInches, true))
        for (flag, value) in [("--width", width), ("--height", height)] {
            if let value, !inches.contains(value) {
                throw ParameterError("\(flag) \(format(value)) is not allowed: expected \(inches.description) (inches)")
            }
        }
        let dots = NumberDomain(lower: (0, false), upper: (FigureLimits.maximumDPI, true))
        if let dpi, !dots.contains(dpi) {
            throw ParameterError("--dpi \(format(dpi)) is not allowed: expected \(dots.description)")
        }
        self.init(checked: language, title: title, width: width, height: height, dpi: dpi)
    }

    private init(checked language: Language, title: String?, width: Double?, height: Double?, dpi: Double?) {
        self.language = language
        self.title = title
        self.width = width
        self.height = height
        self.dpi = dpi
    }

    /// The default settings (the figure's own size and title) in `language`.
    public static func defaults(_ language: Language = .ko) -> FigureSettings {
        FigureSettings(checked: language, title: nil, width: nil, height: nil, dpi: nil)
    }
}
