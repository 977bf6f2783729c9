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

    /// Settings from the texts the command line's options and the server's query give (nil: not given), each
    /// checked with the same one-line message whoever typed it ("--dpi 0 is not allowed: expected a number above
    /// 0 and at most 2400"; "--lang KO is not allowed: expected ko or en").
    public init(
        languageText: String?, title: String?, widthText: String?, heightText: String?, dpiText: String?
    ) throws(ParameterError) {
        var language = Language.ko
        if let languageText {
            guard let chosen = Language(rawValue: languageText.trimmingSpaces) else {
                throw ParameterError(
                    "--lang \(ParameterError.quoted(languageText)) is not allowed: expected \(Language.allCases.map(\.rawValue).joined(separator: " or "))"
                )
            }
            language = chosen
        }
        let inches = NumberDomain(lower: (0, false), upper: (Self.maximumInches, true))
        let dots = NumberDomain(lower: (0, false), upper: (FigureLimits.maximumDPI, true))
        func number(
            _ flag: String, _ text: String?, _ domain: NumberDomain, unit: String
        ) throws(ParameterError)
            -> Double?
        {
            guard let text else { return nil }
            guard let value = Double(text.trimmingSpaces), domain.contains(value) else {
                throw ParameterError(
                    "\(flag) \(ParameterError.quoted(text)) is not allowed: expected \(domain.description)\(unit)")
            }
            return value
        }
        self.init(
            checked: language, title: title, width: try number("--width", widthText, inches, unit: " (inches)"),
            height: try number("--height", heightText, inches, unit: " (inches)"),
            dpi: try number("--dpi", dpiText, dots, unit: ""))
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
