import ArgumentParser
import Core

struct DLPlot: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dlplot", abstract: "Figures of chapter 4 of Deep Learning from Scratch.", version: CoreInfo.version,
                                                    subcommands: [CompareCommand.self, GoldenCommand.self, TrainCommand.self])
}
DLPlot.main()
