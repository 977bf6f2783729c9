import FileOutput
import Foundation
import Plotting
import Testing

@testable import PlottingCairo

@Suite struct OutputTests {
    func sample(_ format: OutputFormat) throws -> [UInt8] {
        try renderDocument(width: 6.4, height: 4.8, dpi: 100, format: format, draw: drawSamplePlot)
    }

    @Test func pngHasPHYsAndNoTimestampAndIsRGBWhenOpaque() throws {
        let png = try sample(.png)
        #expect(png.starts(with: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
        let chunks = pngChunks(png)
        #expect(chunks.first?.type == "IHDR" && chunks.last?.type == "IEND")
        let ihdr = try #require(chunks.first?.data)
        #expect(Array(ihdr[0..<8]) == [0, 0, 2, 0x80, 0, 0, 1, 0xe0])  // 640 × 480
        #expect(ihdr[8] == 8 && ihdr[9] == 2)  // 8-bit RGB
        let phys = try #require(chunks.first { $0.type == "pHYs" }?.data)
        #expect(phys == [0, 0, 0x0f, 0x61, 0, 0, 0x0f, 0x61, 1])  // 3937 px/m = 100 dpi
        #expect(!chunks.contains { ["tIME", "tEXt", "zTXt", "iTXt"].contains($0.type) })
    }

    @Test func pngIsRGBAWhenTransparent() throws {
        let png = try renderDocument(width: 1, height: 1, dpi: 30, format: .png) { canvas in
            canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 10, height: 10)), color: .black)
        }
        #expect(pngChunks(png).first?.data[9] == 6)  // 8-bit RGBA
    }

    @Test func phySRoundsDPIToPixelsPerMetre() {
        #expect(PNGEncoder.pixelsPerMetre(72) == 2835)
        #expect(PNGEncoder.pixelsPerMetre(300) == 11811)
    }

    @Test(arguments: OutputFormat.allCases)
    func renderingTwiceGivesIdenticalBytes(format: OutputFormat) throws {
        let first = try sample(format)
        // Something else in between, so process-wide counters (Cairo's surface ids) move on.
        _ = try renderDocument(width: 2, height: 1, dpi: 72, format: format) { canvas in
            canvas.drawText(
                "other", at: Point(5, 5), font: Font(), color: .black,
                horizontal: .left, vertical: .top, rotation: 0)
        }
        #expect(try sample(format) == first)
    }

    @Test func svgIsXMLInPixelsAndRasterises() throws {
        let svg = try sample(.svg)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("width=\"640px\" height=\"480px\""))
        #expect(text.contains("id=\"surface1\""))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(svg, to: folder + "/plot.svg")
        #expect(run("xmllint", ["--noout", folder + "/plot.svg"]) == 0)
        #expect(run("rsvg-convert", [folder + "/plot.svg", "-o", folder + "/svg.png"]) == 0)
        let raster = try #require(FileManager.default.contents(atPath: folder + "/svg.png"))
        let ihdr = try #require(pngChunks(Array(raster)).first?.data)
        #expect(Array(ihdr[0..<8]) == [0, 0, 2, 0x80, 0, 0, 1, 0xe0])  // 640 × 480, like the PNG
    }

    @Test func pdfEmbedsFontsHasFixedDateAndRasterises() throws {
        let pdf = try sample(.pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        #expect(text.contains("/CreationDate (20000101000000Z)"))
        #expect(text.contains("/FontFile2"))  // TrueType subsets embedded
        #expect(text.contains("+DejaVuSans") && text.contains("+NanumGothic"))
        #expect(text.contains("/MediaBox [ 0 0 460.8 345.6 ]"))  // 6.4 × 4.8 in, in points
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(pdf, to: folder + "/plot.pdf")
        #expect(run("pdftoppm", ["-r", "100", "-png", "-singlefile", folder + "/plot.pdf", folder + "/pdf"]) == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/pdf.png"))
    }

    @Test func svgIdsAreRenumberedInOrderOfAppearance() {
        let svg = Array(
            ##"<g id="surface69"><use xlink:href="#surface69"/><g id="surface7"/><image id="image12"/> surface5 "surface3x"##
                .utf8)
        let fixed = String(decoding: SVGDeterminism.normalize(svg), as: UTF8.self)
        #expect(
            fixed
                == ##"<g id="surface1"><use xlink:href="#surface1"/><g id="surface2"/><image id="image1"/> surface5 "surface3x"##
        )
    }
}
