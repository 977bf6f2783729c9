import ArgumentParser
import Figures
import FileOutput
import PlottingCairo

/// `dlplot <figure-id>`: draws one catalogue figure. One generic type serves every figure: the options
/// `--f`, `--lr`, … exist for all, but only those the figure declares are shown in its help and accepted.
struct FigureCommand<F: FigureDefinition>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: F.id,
            abstract: "\(F.summary.en) — \(F.book.label(.en))",
            discussion:
                "\(F.caption.en)\n\(F.caption.ko)\n\nDefault: \(FigureCommandLine.text(for: F.self, outputName: "\(F.id).png"))"
                + animationHelp
        )
    }

    /// What `--animate` shows for this figure, or that it has no animation.
    private static var animationHelp: String {
        guard let animated = F.self as? any AnimatedFigure.Type else { return "" }
        return "\n\nWith --animate: \(animated.animationSummary.en) (dlplot \(F.id) --animate --out \(F.id).gif)."
    }

    @OptionGroup var output: OutputOptions
    @OptionGroup var animation: AnimationOptions

    @Option(name: .customLong("f"), parsing: .unconditional, help: Self.help(.f)) var f: String?
    @Option(parsing: .unconditional, help: Self.help(.lr)) var lr: String?
    @Option(parsing: .unconditional, help: Self.help(.steps)) var steps: String?
    @Option(name: .customLong("init"), parsing: .unconditional, help: Self.help(.`init`)) var initialPoint: String?
    @Option(parsing: .unconditional, help: Self.help(.at)) var at: String?
    @Option(parsing: .unconditional, help: Self.help(.range)) var range: String?
    @Option(parsing: .unconditional, help: Self.help(.step)) var step: String?
    @Option(parsing: .unconditional, help: Self.help(.h)) var h: String?
    @Option(parsing: .unconditional, help: Self.help(.weight)) var weight: String?
    @Option(parsing: .unconditional, help: Self.help(.elevation)) var elevation: String?
    @Option(parsing: .unconditional, help: Self.help(.azimuth)) var azimuth: String?
    @Option(parsing: .unconditional, help: Self.help(.series)) var series: String?
    @Option(parsing: .unconditional, help: Self.help(.first)) var first: String?
    @Option(parsing: .unconditional, help: Self.help(.aspect)) var aspect: String?

    /// The figure parameters given on the command line, by name.
    var given: [ParameterName: String] {
        let all: [ParameterName: String?] = [
            .f: f, .lr: lr, .steps: steps, .`init`: initialPoint, .at: at, .range: range, .step: step, .h: h,
            .weight: weight, .elevation: elevation, .azimuth: azimuth, .series: series, .first: first,
            .aspect: aspect,
        ]
        return all.compactMapValues { $0 }
    }

    /// Checks both outputs, draws, then writes the figure and the `--data` CSV all or nothing (`OutputSet`).
    func run() throws {
        if animation.animate {
            return try AnimationRun.run(F.self, given: given, output: output, options: animation)
        }
        try animation.requireNoTiming()
        let target = try OutputTarget(path: output.out ?? "\(F.id).png", format: output.format)
        let data = try output.data.map { path throws(OutputError) in try OutputDestination.prepare(path) }
        try OutputSet.requireDistinct([("--out", target.destination)] + (data.map { [("--data", $0)] } ?? []))
        let built = try FigureBuilder.build(F.self, given: given, settings: try output.settings())
        let outputs = OutputSet()
        if let data { try outputs.add(Array(built.data.csv.utf8), to: data) }
        try outputs.add(try built.figure.render(as: target.format), to: target.destination)
        try outputs.commit()
        for warning in built.warnings { printToStandardError("dlplot \(F.id): warning: \(warning)") }
    }

    /// The help of a parameter option: the figure's own help and default, or hidden if it has no such parameter.
    private static func help(_ name: ParameterName) -> ArgumentHelp {
        let own = (F.self as? any AnimatedFigure.Type)?.animationParameters ?? []
        guard let spec = F.parameter(name) ?? own.first(where: { $0.name == name }) else {
            return ArgumentHelp(visibility: .private)
        }
        var text = spec.help
        if case .expression = spec.kind {
            text +=
                " Write + - * / ^ and parentheses, numbers such as 0.5 or 1e-3, pi, e, and exp log sin cos tan sqrt abs tanh."
        }
        return ArgumentHelp(
            "\(text) (default: \(spec.defaultDescription ?? spec.defaultText))", valueName: valueName(spec.kind))
    }

    private static func valueName(_ kind: ParameterKind) -> String {
        switch kind {
        case .expression: return "expr"
        case .number: return "number"
        case .numbers(_, let count): return count.upperBound == 1 ? "number" : "a,b,…"
        case .integer: return "n"
        case .interval: return "lo,hi"
        case .matrixIndex: return "row,col"
        case .file: return "file"
        case .choice(let words): return words.joined(separator: "|")
        }
    }
}
