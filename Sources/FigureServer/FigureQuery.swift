import Core
import Figures

/// A figure request's query sorted into what the command line would get: the figure's parameters (`lr`,
/// `init` … as `--lr`, `--init`), the shared settings (`lang`, `title`, `width`, `height`, `dpi`) and, for a GIF,
/// the timing (`fps`, `frames`, `duration`, `hold`). Validation is the command line's own (`ParameterValues`,
/// `FigureSettings`, `AnimationTiming`), so a bad value gets the same one-line message.
struct FigureQuery: Sendable {
    /// The figure parameters, by name, as typed.
    let given: [ParameterName: String]
    /// The shared settings, validated.
    let settings: FigureSettings
    /// The animation timing for a GIF (nil for a still format).
    let timing: AnimationTiming?
    /// Every item after validation, sorted by name: the canonical form the ETag is computed from.
    let canonical: [(name: String, value: String)]

    static let settingNames = ["lang", "title", "width", "height", "dpi"]
    static let timingNames = ["fps", "frames", "duration", "hold"]

    /// Sorts and validates `query` for `figure` in `format`; throws a `ParameterError` with the CLI's message.
    init(_ query: QueryString, figure: any FigureDefinition.Type, format: FigureFormat) throws {
        let animated = format == .gif ? try AnimationBuilder.require(figure) : nil
        let declared = animated.map { AnimationBuilder.parameters(of: $0) } ?? figure.parameters
        let fields = Dictionary(query.items.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        var given: [ParameterName: String] = [:]
        for (name, value) in query.items {
            if Self.settingNames.contains(name) || (animated != nil && Self.timingNames.contains(name)) { continue }
            if Self.timingNames.contains(name) {
                throw ParameterError("--\(name) is for animations: ask for \(figure.id).gif")
            }
            // A parameter of another figure (or of this one's animation) is left to ParameterValues, which
            // refuses it with the command line's own message ("… has no option --init; its options are …").
            guard let parameter = ParameterName(rawValue: name) else {
                let names =
                    declared.map(\.name.rawValue) + Self.settingNames + (animated == nil ? [] : Self.timingNames)
                throw ParameterError(
                    "\(figure.id) has no parameter '\(EchoedText.shortened(name))'; its parameters are \(names.joined(separator: ", "))"
                )
            }
            if case .file = declared.first(where: { $0.name == parameter })?.kind {
                throw ParameterError(
                    "--\(name) reads a file, which the server does not do; \(figure.id) is drawn from its committed series"
                )
            }
            given[parameter] = value
        }
        let values = try ParameterValues(for: figure, declared: declared, given: given)
        self.given = given
        self.settings = try FigureSettings(
            languageText: fields["lang"], title: fields["title"], widthText: fields["width"],
            heightText: fields["height"], dpiText: fields["dpi"])
        self.timing = try animated.map { animated throws(ParameterError) in
            try AnimationTiming(
                fps: fields["fps"], frames: fields["frames"], duration: fields["duration"], hold: fields["hold"],
                defaults: animated.defaultTiming)
        }
        try ServerCaps.check(values, declared: declared, timing: timing)
        self.canonical = query.items.sorted { $0.name < $1.name }
    }
}
