import Plotting

/// Figure 4-10: gradient descent on f(x0, x1) = x0² + x1² from (-3, 4) with learning rate 0.1, 20 steps,
/// as the book's `gradient_method.py` draws it (plus the dashed contour circles its printed figure shows): the
/// 20 points before each update, axes filling the plot area (`--aspect equal` to make the circles round). The
/// CSV also has the final position, which `gradient_descent` returns.
enum GradientDescentFigure: FigureDefinition {
    static let id = "gradient-descent"
    static let book = BookReference(section: "4.4.1", figure: "4-10")
    static let summary = LocalizedText(
        ko: "경사법에 의한 f(x0, x1) = x0² + x1²의 갱신 과정", en: "Gradient descent on f(x0, x1) = x0² + x1²")
    static let caption = LocalizedText(
        ko: "f(x0, x1) = x0² + x1²의 갱신 과정: 점선은 함수의 등고선을 나타낸다. 초깃값 (−3, 4)에서 학습률 0.1로 20번 갱신하면 최솟값인 원점에 점차 가까워진다.",
        en:
            "Updates of f(x0, x1) = x0² + x1² by gradient descent; the dashed lines are contours of the function. From (−3, 4) with learning rate 0.1, 20 updates approach the minimum at the origin step by step."
    )
    static let parameters = [
        TwoVariableFunction.parameter,
        ParameterSpec(.lr, .number(.positive), default: "0.1", help: "The learning rate η (a finite number above 0)."),
        ParameterSpec(.steps, .integer(1...1_000_000), default: "20", help: "The number of updates (1 to 1000000)."),
        TwoVariableFunction.start,
        AspectParameter.spec,
    ]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let panel = try DescentPanel(values, learningRate: values.number(.lr))
        var data = DataTable(columns: [DescentPanel.updatesColumn, "x0", "x1"])
        panel.appendPath(to: &data)
        let axes = try panel.axes(title: nil, aspect: AspectParameter.value(values), language: language)
        return FigureOutput(figure: Figure(axes), data: data, warnings: panel.warning.map { [$0] } ?? [])
    }
}
