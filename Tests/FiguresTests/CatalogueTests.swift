import Figures
import Foundation
import Plotting
import PlottingCairo
import Testing

@Suite("Catalogue")
struct CatalogueTests {
    static let ids = Catalogue.ids

    @Test(arguments: ids)
    func everyFigureBuildsAndDrawsWithDefaults(id: String) throws {
        let figure = try #require(Catalogue.figure(id: id))
        for language in Language.allCases {
            let output = try FigureBuilder.build(figure, settings: .defaults(language))
            let canvas = RecordingCanvas(for: output.figure)
            try output.figure.draw(on: canvas)
            #expect(!canvas.strokes.isEmpty, "\(id) draws nothing")
            #expect(!output.data.rows.isEmpty, "\(id) has no data")
            #expect(output.warnings.isEmpty, "\(id) warns with its defaults: \(output.warnings)")
        }
    }

    @Test func idsAreUniqueAndWellFormed() {
        #expect(Set(Self.ids).count == Self.ids.count)
        for id in Self.ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(id)")
        }
    }

    @Test(arguments: ids)
    func metadataIsComplete(id: String) throws {
        let figure = try #require(Catalogue.figure(id: id))
        for text in [figure.caption, figure.summary] {
            #expect(!text.ko.isEmpty && !text.en.isEmpty)
            #expect(text.ko != text.en, "\(id): Korean text missing")
        }
        #expect(!figure.book.section.isEmpty)
        #expect(Set(figure.parameters.map(\.name)).count == figure.parameters.count, "\(id) declares a parameter twice")
    }

    @Test func settingsOverrideSizeAndTitle() throws {
        let figure = try #require(Catalogue.figure(id: "sigmoid"))
        let output = try FigureBuilder.build(figure, settings: FigureSettings(title: "T", width: 3, height: 2, dpi: 50))
        #expect(output.figure.title == "T")
        #expect(output.figure.width == 3 && output.figure.height == 2 && output.figure.dpi == 50)
    }

    @Test func listingHasOneLinePerFigure() {
        let text = FigureListing.text(language: .en)
        let lines = text.split(separator: "\n")
        #expect(lines.count == Catalogue.figures.count)
        #expect(lines.contains { $0.hasPrefix("tangent") && $0.contains("4-7") })
    }

    @Test func commandLineSpellsOutDefaults() throws {
        let figure = try #require(Catalogue.figure(id: "tangent"))
        let line = FigureCommandLine.text(for: figure, outputName: "tangent.png")
        #expect(line == "dlplot tangent --f '0.01*x^2 + 0.1*x' --range 0,20 --step 0.1 --at 5,10 --out tangent.png")
        #expect(FigureCommandLine.shellQuoted("it's") == "'it'\\''s'")
    }
}

/// Every catalogue figure's file says what it is: the book's caption in the SVG's `<desc>`.
@Suite struct CatalogueMetadataTests {
    @Test(arguments: ["sigmoid", "gradient-descent", "surface-3d"])
    func theCaptionIsWrittenIntoTheFile(id: String) throws {
        let figure = try #require(Catalogue.figure(id: id))
        let built = try FigureBuilder.build(figure, settings: .defaults(.en))
        #expect(built.figure.caption == figure.caption.en)
        let svg = String(decoding: try built.figure.render(as: .svg), as: UTF8.self)
        let escaped = figure.caption.en.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(svg.contains("<desc>\(escaped)</desc>"))
    }
}
