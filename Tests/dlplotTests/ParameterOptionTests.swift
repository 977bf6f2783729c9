import ArgumentParser
import Figures
import Testing

@testable import dlplot

/// Every figure parameter reaches the command line: a new `ParameterName` without its `@Option` and `given`
/// entry in `FigureCommand` fails here.
@Suite("figure parameters on the command line")
struct ParameterOptionTests {
    /// What `dlplot <id> <flag> <value>` hands the figure builder.
    private static func given<F: FigureDefinition>(
        _ figure: F.Type, _ arguments: [String]
    ) throws -> [ParameterName: String] {
        try FigureCommand<F>.parse(arguments).given
    }

    @Test(arguments: ParameterName.allCases)
    func everyParameterHasAnOptionThatReachesTheFigure(name: ParameterName) throws {
        let figure = try #require(
            Catalogue.figures.first { $0.parameter(name) != nil }, "no figure declares \(name.flag)")
        // The whole command line parses to this figure's command (the figure id picks the subcommand) …
        let root = try DLPlot.parseAsRoot([figure.id, name.flag, "7"])
        #expect(String(describing: type(of: root)).hasPrefix("FigureCommand<"), "\(type(of: root))")
        // … and the value arrives under its own name, and nothing else does.
        #expect(try Self.given(figure, [name.flag, "7"]) == [name: "7"])
    }

    @Test func outHasAShortForm() throws {
        let figure = try #require(Catalogue.figure(id: "sigmoid"))
        func out<F: FigureDefinition>(_ figure: F.Type) throws -> String? {
            try FigureCommand<F>.parse(["-o", "s.svg"]).output.out
        }
        #expect(try out(figure) == "s.svg")
        let train = try TrainCommand.parse(["-o", "run.json", "-q"])
        #expect(train.out == "run.json" && train.quiet)
    }
}
