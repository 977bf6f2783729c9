import Plotting

/// Figure 4-8: the graph of f(x0, x1) = x0² + x1² as a 3-D surface (a bowl with its minimum at the origin).
/// The book has no script for it; drawn as mplot3d's `plot_surface` with the viridis colour map.
enum Surface3DFigure: FigureDefinition {
    static let id = "surface-3d"
    static let book = BookReference(section: "4.3.3", figure: "4-8")
    static let summary = LocalizedText(ko: "f(x0, x1) = x0² + x1²의 그래프", en: "Graph of f(x0, x1) = x0² + x1²")
    static let caption = LocalizedText(
        ko: "f(x0, x1) = x0² + x1²의 그래프: 변수가 2개인 함수라 3차원으로 그려진다. 원점에서 가장 낮은 그릇 모양이며, 편미분은 한 변수를 고정한 단면의 기울기다.",
        en:
            "Graph of f(x0, x1) = x0² + x1²: a function of two variables, drawn in three dimensions — a bowl lowest at the origin. A partial derivative is the slope of the cut with the other variable held fixed."
    )
    static let parameters = [
        TwoVariableFunction.parameter,
        ParameterSpec(
            .range, .interval(.plottable), default: "-3,3", help: "The square lo,hi on both axes (both ends included)."),
        ParameterSpec(.step, .number(.positive), default: "0.25", help: "Grid spacing."),
        ParameterSpec(
            .elevation, .number(.closed(-90, 90)), default: "30", help: "View elevation in degrees (-90 to 90)."),
        ParameterSpec(
            .azimuth, .number(.closed(-360, 360)), default: "-60", help: "View azimuth in degrees (-360 to 360)."),
    ]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let f = values.expression(.f)
        let side = try Sampling.gridSide(values, extendingBy: 0.5)
        let z = side.map { x1 in side.map { x0 in f(x0, x1) } }
        let surface = SurfaceMark(
            grid: SurfaceGrid(x: side, y: side, z: z), coloring: .colormap(.viridis),
            edge: StrokeStyle(color: Color.black.withAlpha(0.35), width: 0.3))
        let axes = Axes3D(
            marks: [surface], xLabel: CommonText.x0, yLabel: CommonText.x1,
            zLabel: .markup("f(x_0, x_1)"), elevation: values.number(.elevation), azimuth: values.number(.azimuth))
        var data = DataTable(columns: ["x0", "x1", "f(x0, x1)"])
        for (row, x1) in side.enumerated() {
            for (column, x0) in side.enumerated() { data.append([x0, x1, z[row][column]]) }
        }
        return FigureOutput(figure: Figure(axes), data: data)
    }
}
