import ArgumentParser
import Figures

/// `dlplot list`: every figure's id, book number and one-line caption.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the figures: id, book number, one-line caption.")

    @Option(help: "Language of the captions: ko or en.")
    var lang: Language = .en

    func run() throws {
        print(FigureListing.text(language: lang), terminator: "")
    }
}

extension Language: ExpressibleByArgument {}
