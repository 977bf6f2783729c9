import FileOutput
import Foundation
import ImageComparison
import Plotting
import Testing

@testable import PlottingCairo

/// An image mark is one picture: no seams between its cells in PNG, SVG (rsvg-convert) or PDF (pdftoppm),
/// NaN cells are gaps, and nearest and bilinear resampling differ as they should.
@Suite struct ImageSeamTests {
    /// A 2 × 2 in figure at 100 dpi whose only content is a uniform 23 × 17 heatmap (every cell the
    /// same colour) over a plot box that does not fall on pixel edges.
    static func uniformFigure() -> Figure {
        var axes = Axes(marks: [ImageMark(values: Array(repeating: Array(repeating: 1, count: 17), count: 23))])
        axes.spines = []
        axes.showXTickLabels = false
        axes.showYTickLabels = false
        axes.xTicks = []
        axes.yTicks = []
        var figure = Figure(axes, width: 2, height: 2, dpi: 100)
        figure.subplotParameters = SubplotParameters(left: 0.1033, right: 0.9017, bottom: 0.1071, top: 0.8929)
        return figure
    }

    /// The pixels of the figure in `format`, rasterised at 100 dpi (SVG through rsvg-convert, PDF through pdftoppm).
    static func raster(_ figure: Figure, _ format: OutputFormat) throws -> RGBAImage {
        let bytes = try figure.render(as: format)
        if format == .png { return try PNGCodec.decode(bytes, name: "png") }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/in.\(format)", output = folder + "/out"
        try AtomicFile.write(bytes, to: input)
        let status =
            format == .svg
            ? run("rsvg-convert", [input, "-o", output + ".png"])
            : run("pdftoppm", ["-r", "100", "-png", "-singlefile", input, output])
        #expect(status == 0)
        return try PNGCodec.decode(contentsOf: output + ".png")
    }

    /// The pixels of the central region that differ from `color` by more than `tolerance` in a channel.
    static func offPixels(_ image: RGBAImage, color: Color, inset: Int, tolerance: Int) -> Int {
        let expected = [color.red, color.green, color.blue].map { Int(($0 * 255).rounded()) }
        var count = 0
        for y in inset..<(image.height - inset) {
            for x in inset..<(image.width - inset) {
                let i = (y * image.width + x) * 4
                if (0..<3).contains(where: { abs(Int(image.bytes[i + $0]) - expected[$0]) > tolerance }) { count += 1 }
            }
        }
        return count
    }

    /// A grid of one value takes the map's first colour (matplotlib normalises a single value to 0).
    static let firstColor = Colormap.viridis.color(at: 0)

    @Test(arguments: [OutputFormat.png, .svg, .pdf])
    func uniformGridHasNoSeam(_ format: OutputFormat) throws {
        guard format == .png || toolExists(format == .svg ? "rsvg-convert" : "pdftoppm") else { return }
        let image = try Self.raster(Self.uniformFigure(), format)
        #expect(image.width == 200 && image.height == 200)
        // Inside the plot box (22 … 178 px) every pixel is the one colour: no lighter line between cells.
        #expect(Self.offPixels(image, color: Self.firstColor, inset: 25, tolerance: 1) == 0)
    }

    /// The check above does see seams: the same grid drawn as adjacent rectangles (the `Canvas` fallback)
    /// leaves lighter lines between the cells.
    @Test func theSeamCheckCatchesRectangles() throws {
        let canvas = try CairoCanvas(format: .png, width: 2, height: 2, dpi: 100)
        let rectangles = RectanglesOnly(base: canvas)
        try Self.uniformFigure().draw(on: rectangles)
        let bytes = try canvas.finish()
        let image = try PNGCodec.decode(bytes, name: "png")
        #expect(Self.offPixels(image, color: Self.firstColor, inset: 25, tolerance: 1) > 100)
    }

    @Test(arguments: [OutputFormat.png, .svg, .pdf])
    func nanCellsAreGapsAndNearestStaysSharp(_ format: OutputFormat) throws {
        guard format == .png || toolExists(format == .svg ? "rsvg-convert" : "pdftoppm") else { return }
        let image = try Self.raster(Self.strip(.nearest), format)
        func pixel(_ x: Int) -> [UInt8] {
            let i = (50 * image.width + x) * 4
            return Array(image.bytes[i..<(i + 3)])
        }
        #expect(pixel(50) == [0, 0, 0])
        #expect(pixel(150) == [255, 255, 255])  // the NaN cell shows the white axes background
        #expect(pixel(250) == [255, 255, 255])
        // Sharp cell edges: 3 px from the edge the black cell is still black (a smoothed SVG image is grey there).
        #expect(pixel(97) == [0, 0, 0])
    }

    /// Cells black, NaN, white across a 3 × 1 in figure at 100 dpi filled by the plot box.
    static func strip(_ interpolation: ImageInterpolation) -> Figure {
        var axes = Axes(marks: [ImageMark(values: [[0, .nan, 1]], colormap: .gray, interpolation: interpolation)])
        axes.spines = []
        axes.xTicks = []
        axes.yTicks = []
        var f = Figure(axes, width: 3, height: 1, dpi: 100)
        f.subplotParameters = SubplotParameters(left: 0, right: 1, bottom: 0, top: 1)
        return f
    }

    @Test func bilinearBlendsWhereNearestIsSharp() throws {
        let nearest = try Self.raster(Self.strip(.nearest), .png)
        let bilinear = try Self.raster(Self.strip(.bilinear), .png)
        func red(_ image: RGBAImage, _ x: Int) -> UInt8 { image.bytes[(50 * image.width + x) * 4] }
        #expect(red(nearest, 90) == 0)
        // Towards the transparent middle cell the black cell greys (the white background shows through).
        #expect(red(bilinear, 90) > 40)
        #expect(red(bilinear, 20) == 0)
    }
}

/// Forwards everything to `base` but leaves `drawImage` to the protocol's fallback: one rectangle per pixel.
final class RectanglesOnly: Canvas {
    let base: Canvas
    init(base: Canvas) { self.base = base }
    var size: (width: Double, height: Double) { base.size }
    var pixelsPerPoint: Double { base.pixelsPerPoint }
    func stroke(_ path: Path, style: StrokeStyle) { base.stroke(path, style: style) }
    func fill(_ path: Path, color: Color) { base.fill(path, color: color) }
    func drawText(
        _ text: Label, at point: Point, font: Font, color: Color,
        horizontal: HorizontalAnchor, vertical: VerticalAnchor, rotation: Double
    ) {
        base.drawText(
            text, at: point, font: font, color: color, horizontal: horizontal, vertical: vertical, rotation: rotation)
    }
    func measureText(_ text: Label, font: Font) -> TextExtent { base.measureText(text, font: font) }
    func pushClip(_ rect: Rect) { base.pushClip(rect) }
    func popClip() { base.popClip() }
}
