import Core
import Plotting

/// Figure 4-7: tangents of f(x) = 0.01x² + 0.1x at x = 5 and x = 10, their slopes from the numerical
/// derivative (0.1999999999990898 and 0.2999999999986347), one panel per point as in the book.
enum TangentFigure: FigureDefinition {
    static let id = "tangent"
    static let book = BookReference(section: "4.3.2", figure: "4-7")
    static let summary = LocalizedText(ko: "x = 5, x = 10에서의 접선", en: "Tangents at x = 5 and x = 10")
    static let caption = LocalizedText(
        ko:
            "x = 5, x = 10에서의 접선: 직선의 기울기는 수치 미분에서 구한 값(0.1999999999990898, 0.2999999999986347)을 사용했다. 해석적 미분의 값은 0.2와 0.3이다.",
        en:
            "Tangents at x = 5 and x = 10: each line's slope is the numerical derivative (0.1999999999990898 and 0.2999999999986347); the analytic values are 0.2 and 0.3."
    )
    static let parameters =
        OneVariableCurve.parameters(function: "0.01*x^2 + 0.1*x", range: "0,20") + [
            ParameterSpec(
                .at, .numbers(.plottable, count: 1...4), default: "5,10",
                help: "The points of tangency, one panel each (1 to 4).")
        ]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let curve = try OneVariableCurve(values)
        var columns: [(name: String, values: [Double])] = [("x", curve.xs), ("f(x)", curve.ys)]
        var panels: [any Panel] = []
        for point in values.numbers(.at) {
            let tangent = try TangentLine(tangentTo: { curve.function($0) }, at: point)
            let line = curve.xs.map { tangent($0) }
            columns.append(("tangent at x=\(format(point))", line))
            let title = "x = \(format(point)): \(CommonText.slope(language)) \(tangent.slope)"
            panels.append(
                Axes(
                    marks: [
                        curve.line(),
                        LineMark(x: curve.xs, y: line),
                        LineMark(
                            x: [point], y: [curve.function(point)], color: BookStyle.black,
                            marker: MarkerStyle(.circle), drawsLine: false),
                    ], title: Label(title), xLabel: "x", yLabel: "f(x)"))
        }
        let figure = Figure(
            width: panels.count == 1 ? 6.4 : min(4.8 * Double(panels.count), 14.4),
            height: panels.count == 1 ? 4.8 : 4.0, panels: panels)
        return FigureOutput(figure: figure, data: DataTable(columns: columns))
    }
}
