import Testing

@testable import Plotting

/// Colour bars on 2-D axes, twin y axes and the legend outside the axes.
@Suite struct AxesExtrasTests {
    func render(_ axes: Axes) throws -> RecordingCanvas {
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        return canvas
    }

    func plotBox(_ canvas: RecordingCanvas) throws -> Rect {
        try #require(canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } }.first)
    }

    @Test func colorbarSitsRightOfTheAxesWithTicksAndLabel() throws {
        var axes = Axes { ImageMark(values: [[0, 5], [10, 2]]) }
        axes.colorbar = Colorbar(label: "loss")
        let canvas = try render(axes)
        let box = try plotBox(canvas)
        #expect(canvas.images.count == 2)  // the image and the bar's gradient
        let bar = try #require(canvas.images.last)
        #expect(bar.image.width == 1 && bar.image.height == 256)
        #expect(bar.rect.minX > box.maxX && abs(bar.rect.height / bar.rect.width - 20) < 1e-9)
        // matplotlib: the axes keep 80 % of the width, the bar starts at 85 %.
        let whole = box.width / 0.8
        #expect(abs(bar.rect.minX - (box.minX + 0.85 * whole)) < 1e-9)
        let labels = canvas.texts.map(\.text)
        #expect(labels.contains("loss") && labels.contains("10") && labels.contains("0"))
        // Everything stays inside the figure.
        for text in canvas.texts { #expect(canvas.bounds(of: text).maxX <= 460.8) }
        // The bar's top colour is the map's last; a two-colour map still gets 256 steps.
        var greys = axes
        greys.marks = [ImageMark(values: [[0, 1]], colormapName: "Greys")]
        let steps = try #require(try render(greys).images.last)
        #expect(steps.image.height == 256 && Set(steps.image.rgba).count > 200)
        #expect(bar.image.color(column: 0, row: 0) == ImageMarkTests.byteColor(Colormap.viridis.color(at: 1)))
    }

    @Test func aColourMappedScatterGetsAColorbarOverItsValues() throws {
        var axes = Axes { ScatterMark(x: [0, 1, 2], y: [0, 1, 2], values: [0, 4, 8], colormap: .coolwarm) }
        axes.colorbar = Colorbar(label: "value")
        let canvas = try render(axes)
        let bar = try #require(canvas.images.last)
        #expect(canvas.images.count == 1 && bar.image.height == 256)
        let labels = canvas.texts.map(\.text)
        #expect(labels.contains("value") && labels.contains("8") && labels.contains("0"))
        // The bar's top is the map's colour for the highest value, as the scatter draws it.
        let top = try #require(bar.image.color(column: 0, row: 0))
        let highest = try #require(Colormap.coolwarm.levelColor(for: 8, in: 0...8))
        #expect(abs(top.red - highest.red) < 0.01 && abs(top.blue - highest.blue) < 0.01)
    }

    @Test func colorbarWithoutAColourMappedMarkIsNotDrawn() throws {
        var axes = Axes { LineMark(x: [0, 1], y: [0, 1]) }
        axes.colorbar = Colorbar()
        let canvas = try render(axes)
        #expect(canvas.images.isEmpty)
        axes.colorbar = Colorbar(shrink: 2)
        #expect(throws: PlotError("Colorbar: shrink 2.0 is not allowed; use 0 < shrink ≤ 1")) { try axes.validate() }
    }

    @Test func twinYAxisSharesXAndLabelsTheRight() throws {
        var axes = Axes(yLabel: "loss") { LineMark(x: [0, 10], y: [1, 0]) }
        axes.twinx = TwinYAxes(yLabel: "accuracy") { LineMark(x: [5, 20], y: [50, 100]) }
        // x covers both axes' data.
        let (x, y) = axes.resolvedLimits(theme: Theme())
        #expect(x.0 == -1 && x.1 == 21 && y.0 == -0.05)
        let canvas = try render(axes)
        let box = try plotBox(canvas)
        let right = try #require(canvas.texts.first { $0.text == "accuracy" })
        #expect(right.position.x > box.maxX && right.rotation == 90)
        let tick100 = try #require(canvas.texts.first { $0.text == "100" })
        #expect(tick100.position.x > box.maxX && tick100.horizontal == .left)
        #expect(canvas.bounds(of: right).maxX <= 460.8)
        // The twin's line rises from its left end to the top of the box: 50 at the bottom, 100 at the top.
        let line = try #require(canvas.strokes.filter { $0.path.elements.count == 2 }.last)
        guard case let .move(a) = line.path.elements[0], case let .line(b) = line.path.elements[1] else {
            Issue.record("not a segment")
            return
        }
        #expect(a.y > b.y && abs(b.y - (box.minY + 0.05 / 1.1 * box.height)) < 1e-6)
        // Both lines take C0: the twin has its own colour cycle, as in matplotlib.
        #expect(canvas.strokes.filter { $0.style.color == Theme().colorCycle[0] }.count == 2)
    }

    @Test func twinXAxisOnTopSharesYAndLiftsTheTitle() throws {
        var axes = Axes(title: "loss", xLabel: "iteration") { LineMark(x: [0, 6000], y: [1, 0]) }
        axes.twiny = TwinXAxes(xLabel: "epoch") { LineMark(x: [0, 10], y: [2, 0]) }
        let (_, y) = axes.resolvedLimits(theme: Theme())
        #expect(abs(y.0 + 0.1) < 1e-12 && abs(y.1 - 2.1) < 1e-12)  // both axes' data
        let canvas = try render(axes)
        let box = try plotBox(canvas)
        let epoch = try #require(canvas.texts.first { $0.text == "epoch" })
        let ten = try #require(canvas.texts.first { $0.text == "10" })
        let title = try #require(canvas.texts.first { $0.text == "loss" })
        #expect(canvas.texts.filter { $0.text == "loss" }.count == 1)
        // Above the box: tick labels, then the label, then the title, each clear of the one below.
        #expect(canvas.bounds(of: ten).maxY < box.minY)
        #expect(canvas.bounds(of: epoch).maxY <= canvas.bounds(of: ten).minY)
        #expect(canvas.bounds(of: title).maxY < canvas.bounds(of: epoch).minY)
        #expect(canvas.bounds(of: title).minY >= 0)
        // Top tick marks go up from the box's top edge.
        let up = canvas.strokes.contains { stroke in
            stroke.path.elements.contains {
                if case let .line(p) = $0 { abs(p.y - (box.minY - 3.5)) < 1 } else { false }
            }
        }
        #expect(up)
    }

    @Test func twinBadLimitsAreNamed() {
        var axes = Axes { LineMark(x: [0, 1], y: [0, 1]) }
        axes.twinx = TwinYAxes(yScale: .log, yLimits: 0...1) { LineMark(x: [0, 1], y: [1, 2]) }
        #expect(
            throws: PlotError(
                "twinx: Axes: y limits 0.0...1.0 start at or below 0 on a log scale; give positive limits")
        ) {
            try axes.validate()
        }
        axes.twinx = nil
        axes.twiny = TwinXAxes(xLimits: -Double.infinity...0) { LineMark(x: [0, 1], y: [1, 2]) }
        #expect(throws: PlotError("twiny: Axes: x limits -inf...0.0 are not finite; give finite numbers")) {
            try axes.validate()
        }
    }

    @Test func legendOutsideRightIsAnchoredAtOnePointOhTwoAndFits() throws {
        let axes = Axes(legend: .outsideRight) {
            LineMark(x: [0, 1], y: [0, 1], label: "a rather long label")
        }
        let canvas = try render(axes)
        let box = try plotBox(canvas)
        let label = try #require(canvas.texts.first { $0.text == "a rather long label" })
        let frame = try #require(canvas.strokes.first { $0.style.color == Theme().legendEdge.withAlpha(0.8) })
        let xs = frame.path.elements.compactMap { element -> Double? in
            if case let .line(p) = element { p.x } else { nil }
        }
        let left = try #require(xs.min())
        #expect(abs(left - (box.maxX + 0.02 * box.width)) < 1e-6)
        #expect(canvas.bounds(of: label).maxX < 460.8)
        // The plot box gave up room for it: narrower than matplotlib's default 0.775 of the width.
        #expect(box.width < 0.775 * 460.8 - 50)
    }
}
