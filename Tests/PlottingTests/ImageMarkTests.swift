import Testing

@testable import Plotting

@Suite struct ImageMarkTests {
    func render(_ axes: Axes) throws -> RecordingCanvas {
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        return canvas
    }

    func message(_ mark: ImageMark) -> String? {
        do {
            try mark.validate()
            return nil
        } catch { return "\(error)" }
    }

    @Test func gridIsOneImageThroughTheColormap() throws {
        let canvas = try render(Axes { ImageMark(values: [[0, 1], [2, 3]]) })
        #expect(canvas.fills.count == 2)  // the figure and the plot box backgrounds; no cell rectangles
        let drawn = try #require(canvas.images.first)
        #expect(canvas.images.count == 1 && drawn.interpolation == .nearest)
        #expect(drawn.image.width == 2 && drawn.image.height == 2)
        // Row 0 at the top (origin upper): its first cell is the map's first colour.
        #expect(drawn.image.color(column: 0, row: 0) == Self.byteColor(Colormap.viridis.color(at: 0)))
        #expect(drawn.image.color(column: 1, row: 1) == Self.byteColor(Colormap.viridis.color(at: 1)))
    }

    static func byteColor(_ c: Color) -> Color {
        func q(_ v: Double) -> Double { (v * 255).rounded() / 255 }
        return Color(red: q(c.red), green: q(c.green), blue: q(c.blue), alpha: q(c.alpha))
    }

    @Test func defaultExtentIsTightAndYRunsDownward() throws {
        let axes = Axes { ImageMark(values: [[0, 1, 2], [3, 4, 5]]) }
        let (x, y) = axes.resolvedLimits(theme: Theme())
        #expect(x == (-0.5, 2.5) && y == (-0.5, 1.5))
        #expect(axes.inversion() == (false, true))
        let g = axes.geometry(plotBox: Rect(x: 0, y: 0, width: 300, height: 200), theme: Theme())
        #expect(g.y(-0.5) == 0 && g.y(1.5) == 200)  // row 0's edge at the top
        let image = try #require(try render(axes).images.first)
        #expect(image.image.color(column: 0, row: 0) == Self.byteColor(Colormap.viridis.color(at: 0)))
    }

    @Test func lowerOriginPutsRowZeroAtTheBottom() throws {
        let axes = Axes { ImageMark(values: [[0, 0], [1, 1]], origin: .lower) }
        #expect(axes.inversion() == (false, false))
        let image = try #require(try render(axes).images.first)
        // The image handed to the canvas runs top-down, so row 1 (the top one) comes first.
        #expect(image.image.color(column: 0, row: 0) == Self.byteColor(Colormap.viridis.color(at: 1)))
    }

    @Test func extentPlacesTheImageAndOtherMarksKeepTheirMargins() throws {
        var axes = Axes {
            ImageMark(values: [[1, 2]], extent: ImageExtent(left: 0, right: 4, bottom: 0, top: 1))
            LineMark(x: [1, 2], y: [0.5, 3])
        }
        let (x, y) = axes.resolvedLimits(theme: Theme())
        #expect(x == (0, 4))  // the image's edges stop the margins
        #expect(y.0 == 0 && abs(y.1 - 3.15) < 1e-12)  // the line sticks out: margin on top only
        axes.yAxisInverted = true
        #expect(axes.inversion().y)
    }

    @Test func annotationsPrintEachFiniteCellInAContrastingColour() throws {
        let canvas = try render(
            Axes { ImageMark(values: [[0, .nan], [1, 0.5]], annotations: CellAnnotations(decimals: 1)) })
        let labels = canvas.texts.filter { ["0.0", "1.0", "0.5"].contains($0.text) }
        #expect(labels.count == 3)
        // Viridis is dark at 0 (white text) and light at 1 (black text).
        #expect(labels.first { $0.text == "0.0" }?.color == .white)
        #expect(labels.first { $0.text == "1.0" }?.color == .black)
        #expect(CellAnnotations(format: { "\(Int($0))%" }).label(for: 42) == "42%")
    }

    @Test func aZoomedImageIsCutToWhatShows() throws {
        let row = (0..<1000).map(Double.init)
        let axes = Axes(xLimits: 100...102, yLimits: -0.5...0.5) { ImageMark(values: [row, row]) }
        let drawn = try #require(try render(axes).images.first)
        // Cells 99.5…102.5 show (columns 100…102), plus one on each side for blending.
        #expect(drawn.image.width == 5 && drawn.image.height == 2)
        // matplotlib's lookup: entry ⌊256 × 99/999⌋ = 25 of viridis' 256 colours.
        #expect(drawn.image.color(column: 0, row: 0) == Self.byteColor(Colormap.viridis.colors[25]))
        let g = axes.geometry(plotBox: Rect(x: 57.6, y: 41.472, width: 357.12, height: 266.112), theme: Theme())
        #expect(abs(drawn.rect.minX - g.x(98.5)) < 1e-6 && abs(drawn.rect.maxX - g.x(103.5)) < 1e-6)
    }

    @Test func nanCellsAreTransparent() throws {
        let image = try #require(ImageMark(values: [[.nan, 1]]).rasterized())
        #expect(image.color(column: 0, row: 0)?.alpha == 0)
        #expect(image.color(column: 1, row: 0)?.alpha == 1)
    }

    @Test func badInputIsNamed() {
        #expect(
            message(ImageMark(values: []))
                == "ImageMark: the grid is empty (0 rows); give at least one row and one column")
        #expect(message(ImageMark(values: [[1, 2], [3]]))?.contains("row 1 has 1 values but row 0 has 2") == true)
        #expect(message(ImageMark(values: [[.nan, .nan]]))?.contains("no value of the 1 × 2 grid is finite") == true)
        #expect(
            message(ImageMark(values: [[1]], colormapName: "jet"))?.contains(
                "no colour map named 'jet'; known: viridis")
                == true)
        #expect(message(ImageMark(values: [[1]], vmin: 2, vmax: 1))?.contains("vmin 2.0 is above vmax 1.0") == true)
        #expect(
            message(ImageMark(values: [[1]], extent: ImageExtent(left: 0, right: 0, bottom: 0, top: 1)))?
                .contains("extent") == true)
        #expect(
            message(ImageMark(pixels: ImagePixels(width: 2, height: 1, rgba: [0, 0, 0, 255])))?.contains("8 are needed")
                == true)
        #expect(message(ImageMark(values: [[1]], colormapName: "gray_r")) == nil)
    }

    @Test func aHugeGridIsRefusedBeforeItIsScanned() {
        // 10,000 rows of 10,000 columns, but only the first row materialised: the limit is checked from the
        // counts, so the (ragged) rest is never scanned.
        var rows = [[Double]](repeating: [], count: 10_000)
        rows[0] = [Double](repeating: 1, count: 10_000)
        let error = message(ImageMark(values: rows))
        #expect(error?.contains("10000 × 10000 cells; at most 16777216 cells") == true)
        let annotated = ImageMark(
            values: [[Double]](repeating: [Double](repeating: 1, count: 101), count: 100),
            annotations: CellAnnotations())
        #expect(message(annotated)?.contains("at most 10000 can be annotated") == true)
    }

    @Test func colormapsByName() throws {
        #expect(try Colormap.named("viridis") == .viridis)
        #expect(try Colormap.named("coolwarm_r") == Colormap.coolwarm.reversed)
        #expect(throws: PlotError.self) { try Colormap.named("Viridis") }
    }

    @Test func imageColorScaleFeedsAColorbar() {
        let mark = ImageMark(values: [[1, 5]], vmax: 10)
        #expect(mark.colorScale?.range == 1...10)
        #expect(ImageMark(pixels: ImagePixels(width: 1, height: 1, rgba: [1, 2, 3, 4])).colorScale == nil)
    }
}
