// Code outside the dlplot package, type-checked by scripts/public-api.py: a custom mark, canvas, panel and
// 3-D mark written only against the public API of Plotting and PlottingCairo (no `package` declarations).
import Plotting
import PlottingCairo

struct StemMark: Mark, Validatable, PositiveBoundsProviding, LegendObstacle {
    var x: [Double], y: [Double]
    func validate() throws { if x.count != y.count { throw PlotError("StemMark: x and y differ in length") } }
    var dataBounds: DataBounds? { DataBounds.of(xs: x, ys: y) }
    func dataBounds(positiveX: Bool, positiveY: Bool) -> DataBounds? { dataBounds }
    var usesColorCycle: Bool { true }
    func draw(in context: MarkContext) {
        var path = Path()
        for (a, b) in zip(x, y) {
            path.move(to: context.transform(a, 0))
            path.line(to: context.transform(a, b))
        }
        context.canvas.stroke(path, style: StrokeStyle(color: context.cycleColor, width: context.theme.lineWidth))
    }
    func obstaclePolylines(in context: MarkContext) -> [[Point]] { zip(x, y).map { [context.transform($0, $1)] } }
    func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        LegendEntry(label: "stems") { canvas, rect in canvas.fill(.rectangle(rect), color: cycleColor) }
    }
}

final class CountingCanvas: Canvas {
    var size: (width: Double, height: Double) = (460.8, 345.6)
    var calls = 0
    func stroke(_ path: Path, style: StrokeStyle) { calls += 1 }
    func fill(_ path: Path, color: Color) { calls += 1 }
    func drawText(
        _ text: Label, at point: Point, font: Font, color: Color,
        horizontal: HorizontalAnchor, vertical: VerticalAnchor, rotation: Double
    ) {
        calls += text.kind == .markup ? LabelMarkup.pieces(text.source).count : 1
    }
    func measureText(_ text: Label, font: Font) -> TextExtent {
        TextExtent(
            width: Double(text.plainText.count) * font.size * 0.6, height: font.size * 1.2,
            baseline: font.size * LabelMarkup.scriptScale)
    }
    func pushClip(_ rect: Rect) {}
    func popClip() {}
}

struct Spikes: Mark3D {
    var points: [Vector3]
    var dataBounds3D: DataBounds3D? { DataBounds3D.of(points) }
    func primitives(theme: Theme, cycleColor: Color) -> [Primitive3D] {
        points.map {
            Primitive3D(
                kind: .polyline(StrokeStyle(color: cycleColor, width: 1)), points: [Vector3($0.x, $0.y, 0), $0])
        }
    }
    func validate() throws {}
}

struct Blank: PlotBoxPanel {
    func decorationInsets(plotBox: Rect, canvas: Canvas, theme: Theme) -> EdgeInsets { .zero }
    func draw(plotBox: Rect, on canvas: Canvas, theme: Theme) throws {
        canvas.stroke(.rectangle(plotBox), style: StrokeStyle(color: theme.foreground, width: 1))
    }
    func draw(in frame: Rect, on canvas: Canvas, theme: Theme) throws {
        try draw(plotBox: frame.inset(by: EdgeInsets(left: 10)), on: canvas, theme: theme)
    }
}

func useEverything() throws -> [UInt8] {
    let axes = Axes(title: "t", xLabel: "x_0", yLabel: "y", yScale: .log, legend: .best) {
        StemMark(x: [1, 2], y: [3, 4])
        LineMark(x: [1, 2], y: [1, 2], style: .dashed, marker: MarkerStyle(.diamond))
        ScatterMark(x: [1], y: [1])
        FillBetweenMark(x: [1, 2], y: [1, 2])
        TextMark("a", x: 1, y: 1)
        ArrowAnnotation("b", pointing: (1, 1), from: (2, 2))
        ContourMark(x: [0, 1], y: [0, 1], z: [[0, 1], [1, 2]], levels: .automatic, labels: .init())
        QuiverMark(x: [0], y: [0], u: [1], v: [1], scale: .automatic, shape: QuiverArrowShape())
        ReferenceLine.horizontal(1)
    }
    let grid = SurfaceGrid(x: [0, 1], y: [0, 1]) { $0 + $1 }
    let axes3D = Axes3D(
        marks: [
            SurfaceMark(grid: grid, coloring: .shaded(nil, light: .mplot3d)), WireframeMark(grid: grid),
            Spikes(points: []),
        ],
        projection: .orthographic, colorbar: Colorbar())
    var theme = Theme.matplotlib
    theme.colorCycle = [Colormap.viridis.color(at: 0.2), Colormap.coolwarm.reversed.color(at: 0.8)]
    let figure = Figure(columns: 3, panels: [axes, axes3D, Blank()], subplotParameters: .matplotlib, theme: theme)
    let canvas = CountingCanvas()
    try figure.draw(on: canvas)
    let recording = RecordingCanvas(for: figure)
    try figure.draw(on: recording)
    _ = recording.texts.map { recording.bounds(of: $0) }
    _ = try renderDocument(width: 1, height: 1, dpi: 72, format: .svg) { canvas in
        canvas.fill(.circle(center: Point(36, 36), radius: 9), color: .black)
    }
    try figure.write(to: "/dev/null", format: .png)
    return try figure.render(as: OutputFormat(path: "x.pdf"))
}
