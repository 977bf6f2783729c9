import ArgumentParser
import Figures

/// One subcommand per catalogue figure, derived from the catalogue (nothing to add here for a new figure).
enum FigureCommands {
    static var all: [ParsableCommand.Type] { Catalogue.figures.map { command(for: $0) } }

    private static func command<F: FigureDefinition>(for figure: F.Type) -> ParsableCommand.Type {
        FigureCommand<F>.self
    }
}
