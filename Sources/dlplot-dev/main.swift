import ArgumentParser
import Core
import DLPlotCLI

/// `dlplot-dev`: the developer commands behind `make test`, `make figures` and `make bench`, kept out of the
/// user's `dlplot`.
struct DLPlotDev: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlplot-dev",
        abstract: "dlplot's developer commands: the golden-image check and the benchmarks.",
        discussion: ExitStatus.table,
        version: CoreInfo.version,
        subcommands: [GoldenCommand.self, BenchLineCommand.self, BenchFiguresCommand.self, BenchGIFCommand.self])
}

CommandRunner<DLPlotDev>(tool: "dlplot-dev").run()
