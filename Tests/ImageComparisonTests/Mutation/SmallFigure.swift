import Foundation
import Plotting
import PlottingCairo

/// A small plot drawn through the `Canvas` protocol and rendered to PNG by `CairoCanvas`: a frame with
/// ticks and tick labels and one curve. Its parameters are what the render mutations change.
struct SmallFigure {
    var function: @Sendable (Double) -> Double = { sin($0) }
    var lineWidth = Theme.matplotlib.lineWidth
    var lineColor = Theme.matplotlib.colorCycle[0]
    var tickLabels = ["-3", "-2", "-1", "0", "1", "2", "3"]

    /// Renders the figure as PNG bytes, 320×240 px (3.2 × 2.4 in at 100 dpi).
    func png() throws -> [UInt8] {
        let canvas = try CairoCanvas(format: .png, width: 3.2, height: 2.4, dpi: 100)
        draw(on: canvas)
        return try canvas.finish()
    }

    func draw(on canvas: Canvas) {
        let theme = Theme.matplotlib
        let (width, height) = canvas.size
        canvas.fill(.rectangle(Rect(x: 0, y: 0, width: width, height: height)), color: theme.background)
        let area = Rect(x: 30, y: 12, width: width - 42, height: height - 40)
        func point(_ x: Double, _ y: Double) -> Point {
            Point(area.minX + (x + 3.3) / 6.6 * area.width, area.maxY - (y + 1.1) / 2.2 * area.height)
        }
        let axis = StrokeStyle(color: theme.foreground, width: theme.axesLineWidth)
        let font = Font(family: theme.fontFamily, size: 8)
        for (i, label) in tickLabels.enumerated() {
            let x = point(Double(i) - 3, 0).x
            canvas.stroke(.polyline([Point(x, area.maxY), Point(x, area.maxY + theme.tickLength)]), style: axis)
            canvas.drawText(label, at: Point(x, area.maxY + theme.tickLength + theme.tickLabelPad), font: font,
                            color: theme.foreground, horizontal: .center, vertical: .top, rotation: 0)
        }
        canvas.pushClip(area)
        let samples = (0...200).map { i -> Point in
            let x = -3.3 + 6.6 * Double(i) / 200
            return point(x, function(x))
        }
        canvas.stroke(.polyline(samples), style: StrokeStyle(color: lineColor, width: lineWidth))
        canvas.popClip()
        canvas.stroke(.rectangle(area), style: axis)
    }
}

/// Mutations of the drawing itself: the smallest changes a figure's code could make by accident.
enum RenderMutations {
    static func mutants() throws -> [Mutant] {
        let golden = try SmallFigure().png()
        var wider = SmallFigure(); wider.lineWidth += 0.5
        var tinted = SmallFigure()
        tinted.lineColor.red = (tinted.lineColor.red * 255 + 1).rounded() / 255
        var missing = SmallFigure(); missing.tickLabels[4] = ""
        return [
            Mutant(name: "render: line 0.5 pt wider", expected: golden, actual: try wider.png()),
            Mutant(name: "render: line colour off by 1/255", expected: golden, actual: try tinted.png()),
            Mutant(name: "render: one tick label missing", expected: golden, actual: try missing.png()),
        ]
    }
}
