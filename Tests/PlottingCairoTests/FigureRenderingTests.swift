import Foundation
import Plotting
import Testing

@testable import PlottingCairo

@Suite struct FigureRenderingTests {
    /// y = x² on [-1, 1] in the tab10 blue, default look.
    func parabola() -> Figure {
        let xs = (0...100).map { -1 + Double($0) / 50 }
        return Figure(Axes(marks: [LineMark(x: xs, y: xs.map { $0 * $0 })], title: "y = x^2", xLabel: "x", yLabel: "y"))
    }

    @Test func rendersAllFormatsAtTheFigureSize() throws {
        let figure = parabola()
        let png = try figure.render(as: .png)
        #expect(Array(try #require(pngChunks(png).first?.data)[0..<8]) == [0, 0, 2, 0x80, 0, 0, 1, 0xe0])
        let svg = String(decoding: try figure.render(as: .svg), as: UTF8.self)
        #expect(svg.contains("width=\"640px\" height=\"480px\""))
        let pdf = String(decoding: try figure.render(as: .pdf), as: UTF8.self)
        #expect(pdf.contains("/MediaBox [ 0 0 460.8 345.6 ]"))
    }

    @Test func theLineIsDrawnInItsColour() throws {
        let canvas = try CairoCanvas(format: .png, width: 6.4, height: 4.8, dpi: 100)
        try parabola().draw(on: canvas)
        let image = try #require(canvas.pixels)
        // Somewhere in the plot area there are pixels of the line's colour (tab10 blue, #1f77b4)…
        var blue = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                if let p = image.pixel(x: x, y: y), abs(Int(p.r) - 0x1f) < 8, abs(Int(p.g) - 0x77) < 8,
                    abs(Int(p.b) - 0xb4) < 8
                {
                    blue += 1
                }
            }
        }
        #expect(blue > 500)
        // …and the corners of the figure are background.
        #expect(image.pixel(x: 2, y: 2).map { $0.r == 255 && $0.g == 255 && $0.b == 255 } == true)
    }

    @Test func writeChoosesTheFormatFromTheExtension() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try parabola().write(to: folder + "/p.svg")
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/p.svg"))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("<?xml"))
        #expect(throws: RenderError.unknownFormat("gif")) { try parabola().write(to: folder + "/p.gif") }
        #expect(!FileManager.default.fileExists(atPath: folder + "/p.gif"))
    }

    @Test func invalidFiguresThrowAndWriteNothing() throws {
        var figure = parabola()
        figure.dpi = 0
        #expect(throws: (any Error).self) { _ = try figure.render(as: .png) }
        figure.dpi = 100
        figure.width = .nan
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: (any Error).self) { try figure.write(to: folder + "/bad.png") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
