import ArgumentParser
import DLPlotCLI
import Figures
import FileOutput

/// `dlplot list`: every figure's id, book number and one-line caption.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the figures: id, book number, one-line caption.")

    @Option(help: "Language of the captions: ko or en.")
    var lang: Language = .en

    func run() throws {
        try StandardStreams.write(Array(FigureListing.text(language: lang).utf8))
    }
}
