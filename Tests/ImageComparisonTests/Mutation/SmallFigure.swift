import Foundation
import Plotting
import PlottingCairo

/// A small figure built with the plotting API (`Figure` → `Axes` → `LineMark`) and rendered by
/// `CairoCanvas`. Its parameters are what the render mutations change.
struct SmallFigure {
    var function: @Sendable (Double) -> Double = { sin($0) }
    /// Line width in points; nil for the theme's.
    var lineWidth: Double?
    var lineColor = Theme.matplotlib.colorCycle[0]
    /// A piece of text the canvas silently drops (to mutate one tick label away), nil for none.
    var droppedText: String?

    /// The figure: 3.2 × 2.4 in at 100 dpi (320 × 240 px).
    var figure: Figure {
        let xs = (0...200).map { -3.2 + 6.4 * Double($0) / 200 }
        let line = LineMark(x: xs, y: xs.map(function), color: lineColor, width: lineWidth)
        return Figure(Axes(marks: [line], xLabel: "x", yLabel: "y"), width: 3.2, height: 2.4, dpi: 100)
    }

    /// Renders the figure as PNG bytes.
    func png() throws -> [UInt8] { try render(.png) }

    /// Renders the figure in `format`.
    func render(_ format: OutputFormat) throws -> [UInt8] {
        let figure = self.figure
        let canvas = try CairoCanvas(format: format, width: figure.width, height: figure.height, dpi: figure.dpi)
        try figure.draw(on: droppedText.map { TextDroppingCanvas(base: canvas, dropping: $0) } ?? canvas)
        return try canvas.finish()
    }
}

/// A canvas that forwards everything to `base` except drawing the text `dropping` (measuring still works,
/// so the layout is unchanged: exactly one label goes missing, as a layout or formatting bug would do).
final class TextDroppingCanvas: Canvas {
    let base: Canvas
    let dropping: String
    init(base: Canvas, dropping: String) {
        self.base = base
        self.dropping = dropping
    }

    var size: (width: Double, height: Double) { base.size }
    var pixelsPerPoint: Double { base.pixelsPerPoint }
    func stroke(_ path: Path, style: StrokeStyle) { base.stroke(path, style: style) }
    func fill(_ path: Path, color: Color) { base.fill(path, color: color) }
    func drawText(
        _ text: Label, at point: Point, font: Font, color: Color,
        horizontal: HorizontalAnchor, vertical: VerticalAnchor, rotation: Double
    ) {
        guard text.source != dropping else { return }
        base.drawText(
            text, at: point, font: font, color: color, horizontal: horizontal, vertical: vertical, rotation: rotation)
    }
    func measureText(_ text: Label, font: Font) -> TextExtent { base.measureText(text, font: font) }
    func pushClip(_ rect: Rect) { base.pushClip(rect) }
    func popClip() { base.popClip() }
}

/// Mutations of the drawing itself: the smallest changes a figure's code could make by accident.
enum RenderMutations {
    static func mutants() throws -> [Mutant] {
        let golden = try SmallFigure().png()
        let wider = SmallFigure(lineWidth: Theme.matplotlib.lineWidth + 0.5)
        var tinted = SmallFigure()
        tinted.lineColor.red = (tinted.lineColor.red * 255 + 1).rounded() / 255
        let missing = SmallFigure(droppedText: "0")
        return [
            Mutant(name: "render: line 0.5 pt wider", expected: golden, actual: try wider.png()),
            Mutant(name: "render: line colour off by 1/255", expected: golden, actual: try tinted.png()),
            Mutant(name: "render: one tick label missing", expected: golden, actual: try missing.png()),
        ]
    }
}
