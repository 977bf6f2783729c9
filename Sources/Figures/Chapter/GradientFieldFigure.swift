import Core
import Plotting

/// Figure 4-9: the negative gradient of f(x0, x1) = x0² + x1² as arrows, as the book's `gradient_2d.py`
/// draws it: grid arange(-2, 2.5, 0.25) on both axes, `quiver(X, Y, -grad[0], -grad[1], angles="xy",
/// color="#666666")`, limits -2…2, labels x0 and x1, a grid; the axes fill the plot area as in the script
/// (`--aspect equal` makes one unit as long on both axes).
enum GradientFieldFigure: FigureDefinition {
    static let id = "gradient-field"
    static let book = BookReference(section: "4.4", figure: "4-9")
    static let summary = LocalizedText(ko: "f(x0, x1) = x0² + x1²의 기울기", en: "Gradient of f(x0, x1) = x0² + x1²")
    static let caption = LocalizedText(
        ko:
            "f(x0, x1) = x0² + x1²의 기울기(에 마이너스를 붙인 벡터): 기울기가 가리키는 쪽은 각 장소에서 함수의 출력 값을 가장 크게 줄이는 방향이다. 화살표는 모두 최솟값 (0, 0)을 향하고, 멀어질수록 커진다.",
        en:
            "The negative gradient of f(x0, x1) = x0² + x1²: at every point it shows the direction that decreases the function the most. All arrows point to the minimum at (0, 0) and grow longer farther from it."
    )
    static let parameters = [
        TwoVariableFunction.parameter,
        ParameterSpec(
            .range, .interval(.plottable), default: "-2,2",
            help:
                "The plotted square lo,hi on both axes (arrows sampled from lo to hi + 2·step, as the book's arange(-2, 2.5, 0.25))."
        ),
        ParameterSpec(.step, .number(.positive), default: "0.25", help: "Spacing of the arrows."),
        AspectParameter.spec,
    ]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let f = values.expression(.f)
        let (lo, hi) = values.interval(.range)
        let grid = try Sampling.gridSide(values, extendingBy: 2)
        let field = try GradientField(of: { f($0) }, x0Values: grid, x1Values: grid)
        let u = field.dx0.map { -$0 }, v = field.dx1.map { -$0 }
        let arrows = QuiverMark(x: field.x0, y: field.x1, u: u, v: v, color: BookStyle.arrowGrey, angles: .xy)
        let axes = Axes(
            marks: [arrows], xLabel: CommonText.x0, yLabel: CommonText.x1,
            xLimits: lo...hi, yLimits: lo...hi, aspect: AspectParameter.value(values), grid: .both)
        let data = DataTable(columns: [("x0", field.x0), ("x1", field.x1), ("-df/dx0", u), ("-df/dx1", v)])
        return FigureOutput(figure: Figure(axes), data: data)
    }
}
