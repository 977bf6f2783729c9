import Core
import Figures
import Plotting

/// The body of `GET /figures`: every figure with its formats and parameters (kind, range, default, help), the
/// source of a page's controls. Built from the catalogue's `ParameterSpec`s, nothing declared twice.
struct FigureListingJSON: Encodable {
    struct Entry: Encodable {
        let id: String
        let book: String
        /// The figure's one-line title, as the report's headings show it.
        let summary: [String: String]
        let caption: [String: String]
        let formats: [String]
        let parameters: [Parameter]
        /// The parameters only the GIF takes (the animation's own, and the timing), empty for a still figure.
        let animationParameters: [Parameter]
    }

    struct Parameter: Encodable {
        let name: String
        let kind: String
        let `default`: String
        let allowed: String
        var help: String
        var minimum: Double? = nil
        var minimumInclusive: Bool? = nil
        var maximum: Double? = nil
        var maximumInclusive: Bool? = nil
        var count: [Int]? = nil
        var choices: [String]? = nil
        var variables: [String]? = nil
    }

    let version: String
    let settings: [Parameter]
    let figures: [Entry]

    static func make() -> FigureListingJSON {
        let figures = Catalogue.figures.map { figure -> Entry in
            let animated = Catalogue.animatedFigures.first { $0.id == figure.id }
            let still = figure.parameters.filter(isServed)
            let moving = animated.map { AnimationBuilder.parameters(of: $0).filter(isServed) } ?? []
            return Entry(
                id: figure.id, book: figure.book.label(.en),
                summary: ["ko": figure.summary.ko, "en": figure.summary.en],
                caption: ["ko": figure.caption.ko, "en": figure.caption.en],
                formats: FigureFormat.allCases.filter { $0 != .gif || animated != nil }.map(\.rawValue),
                parameters: still.map(parameter),
                animationParameters: moving.filter { spec in !still.contains(spec) }.map(parameter)
                    + (animated == nil ? [] : timing))
        }
        return FigureListingJSON(version: CoreInfo.version, settings: settings, figures: figures)
    }

    /// A `.file` parameter (`series`) is not served: the server reads no file for a request.
    private static func isServed(_ spec: ParameterSpec) -> Bool {
        if case .file = spec.kind { return false }
        return true
    }

    private static func parameter(_ spec: ParameterSpec) -> Parameter {
        var p = Parameter(
            name: spec.name.rawValue, kind: kindName(spec.kind), default: spec.defaultText,
            allowed: spec.kind.allowed, help: spec.help)
        func bounds(_ domain: NumberDomain) {
            p.minimum = domain.lower?.value
            p.minimumInclusive = domain.lower?.inclusive
            p.maximum = domain.upper?.value
            p.maximumInclusive = domain.upper?.inclusive
        }
        switch spec.kind {
        case .expression(let variables): p.variables = variables.names
        case .number(let domain), .interval(let domain): bounds(domain)
        case .numbers(let domain, let count):
            bounds(domain)
            p.count = [count.lowerBound, count.upperBound]
        case .integer(let range):
            p.minimum = Double(range.lowerBound)
            // The server's own cap where it is tighter than the command line's (steps): the page's slider
            // then ends where the server stops drawing.
            let cap = min(range.upperBound, ServerCaps.maximum(of: spec.name) ?? range.upperBound)
            p.maximum = Double(cap)
            if cap < range.upperBound { p.help += " The server draws at most \(cap)." }
            p.minimumInclusive = true
            p.maximumInclusive = true
        case .matrixIndex(let rows, let columns): p.count = [rows, columns]
        case .choice(let words): p.choices = words
        case .file: break
        }
        return p
    }

    private static func kindName(_ kind: ParameterKind) -> String {
        switch kind {
        case .expression: return "expression"
        case .number: return "number"
        case .numbers: return "numbers"
        case .integer: return "integer"
        case .interval: return "interval"
        case .matrixIndex: return "matrixIndex"
        case .file: return "file"
        case .choice: return "choice"
        }
    }

    private static let settings: [Parameter] = [
        Parameter(
            name: "lang", kind: "choice", default: "ko", allowed: "one of ko, en",
            help: "Language of labels, legends and titles.", choices: ["ko", "en"]),
        Parameter(
            name: "title", kind: "text", default: "", allowed: "any text",
            help: "Figure title ('' removes a figure's own title)."),
        Parameter(
            name: "width", kind: "number", default: "", allowed: "a number above 0 and at most 100",
            help: "Width in inches (default: the figure's).", minimum: 0, minimumInclusive: false,
            maximum: FigureSettings.maximumInches, maximumInclusive: true),
        Parameter(
            name: "height", kind: "number", default: "", allowed: "a number above 0 and at most 100",
            help: "Height in inches (default: the figure's).", minimum: 0, minimumInclusive: false,
            maximum: FigureSettings.maximumInches, maximumInclusive: true),
        Parameter(
            name: "dpi", kind: "number", default: "100", allowed: "a number above 0",
            help: "Resolution of PNG output in dots per inch.", minimum: 0, minimumInclusive: false,
            maximum: FigureLimits.maximumDPI, maximumInclusive: true),
    ]

    private static let timing: [Parameter] = [
        Parameter(
            name: "fps", kind: "number", default: "", allowed: "frames per second",
            help: "Frames per second (default: the figure's).", minimum: AnimationLimits.minimumFramesPerSecond,
            minimumInclusive: true, maximum: AnimationLimits.maximumFramesPerSecond, maximumInclusive: true),
        Parameter(
            name: "frames", kind: "integer", default: "", allowed: "a number of frames",
            help: "The number of frames (the server draws at most \(ServerCaps.maximumFrames)).",
            minimum: 1, minimumInclusive: true, maximum: Double(ServerCaps.maximumFrames), maximumInclusive: true),
        Parameter(
            name: "duration", kind: "number", default: "", allowed: "seconds", help: "The length in seconds.",
            minimum: 0, minimumInclusive: false, maximum: AnimationTiming.maximumDuration, maximumInclusive: true),
        Parameter(
            name: "hold", kind: "number", default: "", allowed: "seconds", help: "Seconds on the last frame.",
            minimum: 0, minimumInclusive: true, maximum: AnimationLimits.maximumHold, maximumInclusive: true),
    ]
}
