import Plotting

/// Figure 4-6: f(x) = 0.01x² + 0.1x over [0, 20) (the book's `gradient_1d.py` without the tangent).
enum FunctionOneFigure: FigureDefinition {
    static let id = "function-1"
    static let book = BookReference(section: "4.3.2", figure: "4-6")
    static let summary = LocalizedText(ko: "f(x) = 0.01x² + 0.1x의 그래프", en: "Graph of f(x) = 0.01x² + 0.1x")
    static let caption = LocalizedText(
        ko: "f(x) = 0.01x² + 0.1x의 그래프 (x는 0부터 20 미만까지 0.1 간격). 수치 미분의 예로 쓰는 함수다.",
        en:
            "Graph of f(x) = 0.01x² + 0.1x for x from 0 to 20 (exclusive) in steps of 0.1: the function used as the example of numerical differentiation."
    )
    static let parameters = OneVariableCurve.parameters(function: "0.01*x^2 + 0.1*x", range: "0,20")

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let curve = try OneVariableCurve(values)
        let axes = Axes(marks: [curve.line()], xLabel: "x", yLabel: "f(x)")
        return FigureOutput(figure: Figure(axes), data: DataTable(columns: [("x", curve.xs), ("f(x)", curve.ys)]))
    }
}
