import Foundation
import Testing

@testable import Plotting

@Suite struct AxesTests {
    let theme = Theme()
    let box = Rect(x: 57.6, y: 41.472, width: 357.12, height: 266.112)

    @Test func automaticLimitsAddFivePercentMargins() {
        let axes = Axes(marks: [LineMark(x: [0, 10], y: [-1, 3])])
        let (x, y) = axes.resolvedLimits(theme: theme)
        #expect(close([x.0, x.1, y.0, y.1], [-0.5, 10.5, -1.2, 3.2]))
    }

    @Test func constantDataGetsNonsingularLimits() {
        let (x, y) = Axes(marks: [LineMark(x: [2, 2], y: [0, 0])]).resolvedLimits(theme: theme)
        #expect(close([x.0, x.1], [1.89, 2.11]))
        #expect(close([y.0, y.1], [-0.055, 0.055]))
    }

    @Test func explicitLimitsWinAndLogLimitsAreMarginedInLogSpace() {
        let axes = Axes(marks: [LineMark(x: [1, 1000], y: [0, 1])], xScale: .log, yLimits: 0...2)
        let (x, y) = axes.resolvedLimits(theme: theme)
        #expect(close([y.0, y.1], [0, 2]))
        #expect(close([log10(x.0), log10(x.1)], [-0.15, 3.15]))
    }

    @Test func logAxisIgnoresNonPositiveData() {
        let axes = Axes(marks: [LineMark(x: [-5, 0, 10, 100], y: [1, 2, 3, 4])], xScale: .log)
        let (x, _) = axes.resolvedLimits(theme: theme)
        #expect(x.0 > 0 && x.0 < 10 && x.1 > 100)
    }

    @Test func equalAspectKeepsACircleRound() {
        let t = stride(from: 0.0, through: 2 * Double.pi, by: 0.01).map { $0 }
        var axes = Axes(marks: [LineMark(x: t.map { 3 * cos($0) }, y: t.map { 3 * sin($0) })])
        axes.aspect = .equal
        let g = axes.geometry(plotBox: box, theme: theme)
        let unitX = abs(g.x(1) - g.x(0)), unitY = abs(g.y(1) - g.y(0))
        #expect(abs(unitX / unitY - 1) < 1e-9)
        #expect(abs(g.box.midXForTest - box.midXForTest) < 1e-9)
        #expect(g.box.width < box.width && abs(g.box.height - box.height) < 1e-9)
    }

    @Test func legendBestAvoidsTheData() throws {
        // Data fills the upper half; the legend must go to a lower position.
        let xs = stride(from: 0.0, through: 1, by: 0.01).map { $0 }
        var axes = Axes(marks: [
            LineMark(x: xs, y: xs.map { 0.8 + 0.2 * sin(20 * $0) }, label: "wave"),
            LineMark(x: [0, 1], y: [0, 0], label: "floor"),
        ])
        axes.yLimits = -0.1...1.1
        axes.legend = .best
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        let label = try #require(canvas.texts.first { $0.text == "wave" })
        let clip = try #require(canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } }.first)
        #expect(label.position.y > clip.minY + clip.height * 0.4, "legend at \(label.position) overlaps the wave")
        // And the chosen frame has the least badness of all candidates.
        let frames = LegendPlacer.candidates.map { ($0, Rect(x: 0, y: 0, width: 10, height: 10)) }
        #expect(LegendPlacer.best(frames: frames, obstacles: []) == .upperRight)
    }

    @Test func legendBadnessCountsVerticesAndCrossings() {
        let frame = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(LegendPlacer.badness(of: frame, obstacles: [[Point(5, 5)], [Point(20, 20)]]) == 1)
        #expect(LegendPlacer.badness(of: frame, obstacles: [[Point(-5, 5), Point(15, 5)]]) == 1)
        #expect(LegendPlacer.badness(of: frame, obstacles: [[Point(-5, 50), Point(15, 50)]]) == 0)
    }

    @Test func legendDrawsFrameSamplesAndLabels() throws {
        var axes = Axes(marks: [
            LineMark(x: [0, 1], y: [0, 1], label: "a"),
            ScatterMark(x: [0.5], y: [0.5], label: "b"),
            LineMark(x: [0, 1], y: [1, 0]),
        ])
        axes.legend = .upperRight
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        #expect(canvas.texts.filter { ["a", "b"].contains($0.text) }.count == 2)
        let edge = canvas.strokes.filter { $0.style.color == theme.legendEdge.withAlpha(0.8) }
        #expect(edge.count == 1)
    }

    @Test func gridSpinesAndTicksFollowTheOptions() throws {
        var axes = Axes(marks: [LineMark(x: [0, 1], y: [0, 1])])
        axes.grid = .both
        axes.spines = .leftBottom
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        let grid = try #require(canvas.strokes.first { $0.style.color == theme.gridColor })
        #expect(grid.style.width == 0.8)
        // Six x ticks and six y ticks, each a move+line.
        #expect(grid.path.elements.count == 24)
        let spine = try #require(
            canvas.strokes.first { $0.style.width == theme.axesLineWidth && $0.style.join == .miter })
        #expect(spine.path.elements.count == 4)
        let labels = canvas.texts.map(\.text)
        #expect(labels.contains("0.0") && labels.contains("1.0") && labels.contains("0.4"))
    }

    @Test func logAxisLabelsDecades() throws {
        let axes = Axes(marks: [LineMark(x: [1, 2, 3], y: [1e-3, 1, 1e3])], yScale: .log)
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        let labels = Set(canvas.texts.map(\.text))
        #expect(labels.isSuperset(of: [.markup("10^{\u{2212}3}"), .markup("10^{0}"), .markup("10^{3}")]))
    }
}

extension Rect { var midXForTest: Double { x + width / 2 } }

@Suite struct EqualAspectLayoutTests {
    @Test func insetsAreMeasuredFromTheGivenPlotBox() {
        var axes = Axes(xLabel: "x", yLabel: "y", xLimits: -1...1, yLimits: -1...1)
        axes.aspect = .equal
        let canvas = RecordingCanvas(width: 800, height: 400)
        let wide = Rect(x: 100, y: 50, width: 600, height: 300)
        let insets = axes.decorationInsets(plotBox: wide, canvas: canvas, theme: Theme())
        // The square box sits 150 pt inside each side, so nothing reaches outside the wide box horizontally.
        #expect(insets.left == 0 && insets.right == 0)
        #expect(insets.bottom > 10)
    }
}

@Suite struct TickLabelPlacementTests {
    @Test func xTickLabelsHangBelowTheTicksLikeMatplotlib() throws {
        let axes = Axes(marks: [LineMark(x: [1, 1000], y: [0, 1])], xScale: .log)
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        let clip = try #require(canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } }.first)
        let theme = Theme()
        let labels = canvas.texts.filter { $0.text.kind == .markup && $0.text.source.hasPrefix("10^") }
        #expect(labels.count == 4)
        for label in labels {
            // The text box starts 0.76 em above the baseline: the (fake) 0.95 em line box is raised by 0.19 em.
            let expected = clip.maxY + theme.tickLength + theme.tickLabelPad - (0.95 - 0.76) * theme.fontSize
            #expect(abs(label.position.y - expected) < 1e-9)
            #expect(canvas.bounds(of: label).minY > clip.maxY)
        }
    }
}
