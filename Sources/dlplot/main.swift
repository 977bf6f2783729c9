import ArgumentParser
import Core
import DLPlotCLI

/// `dlplot`: the root command. Figure subcommands come from the catalogue; other commands are listed here,
/// one per line. The developer commands (golden check, benchmarks) are in `dlplot-dev`.
struct DLPlot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlplot",
        abstract: "Draw the figures of chapter 4 of Deep Learning from Scratch (밑바닥부터 시작하는 딥러닝).",
        discussion: """
            Every figure is a subcommand: dlplot <figure-id> --out FILE (.png, .svg or .pdf). \
            dlplot list shows the figures; dlplot <figure-id> --help shows what can be changed.

            \(ExitStatus.table)
            """,
        version: CoreInfo.version,
        subcommands: [
            ListCommand.self,
            AllCommand.self,
        ] + FigureCommands.all + [
            CompareCommand.self,
            TrainCommand.self,
            ServeCommand.self,
        ])
}

EntryPoint.run(DLPlot.self)
