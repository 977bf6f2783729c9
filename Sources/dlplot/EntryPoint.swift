import DLPlotCLI
import Figures

/// Runs the root command through the one exit path (`CommandRunner`): every error one line
/// `dlplot <command>: …` on standard error with a status from the exit-code table, plus dlplot's own
/// messages for a mistyped figure or option.
enum EntryPoint {
    static func run(_ root: DLPlot.Type) -> Never {
        var runner = CommandRunner<DLPlot>(tool: "dlplot")
        runner.preflight = { unknownSubcommandMessage($0, root: root) }
        runner.rewrite = unknownOptionMessage
        runner.run()
    }

    /// "unknown figure or command 'gradient-feild'; did you mean 'gradient-field'?" when the first argument
    /// is meant as a subcommand but names none.
    static func unknownSubcommandMessage(_ arguments: [String], root: DLPlot.Type) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = root.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let otherNames = names.filter { !Catalogue.ids.contains($0) }
        return Catalogue.unknownFigureMessage(first, otherNames: otherNames)
    }

    /// For a figure subcommand, argument-parser's "Unknown option '--lrr'" rewritten to suggest the nearest of
    /// the options that figure really has (argument-parser would also suggest the options hidden for it); the
    /// figure is named by the message's prefix (`dlplot gradient-descent: …`).
    static func unknownOptionMessage(_ message: String, arguments: [String]) -> String? {
        let prefix = "Unknown option '"
        guard message.hasPrefix(prefix), let id = arguments.first, let figure = Catalogue.figure(id: id) else {
            return nil
        }
        let option = String(message.dropFirst(prefix.count).prefix { $0 != "'" })
        let animated = figure as? any AnimatedFigure.Type
        let own = (animated?.animationParameters ?? []).map(\.name.flag).filter { flag in
            !figure.parameters.contains { $0.name.flag == flag }
        }
        let valid =
            OutputOptions.optionNames + figure.parameters.map(\.name.flag) + own
            + (animated == nil ? [] : AnimationOptions.optionNames)
        if let suggestion = NearestName.suggestion(for: option, among: valid) {
            return "unknown option '\(option)'; did you mean '\(suggestion)'?"
        }
        return "unknown option '\(option)'; its options are \(valid.joined(separator: ", "))"
    }
}
