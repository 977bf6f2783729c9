/// Figure 3-8: the step function (black dashed, `'k--'`) and the sigmoid (solid) together.
enum StepVersusSigmoidFigure: FigureDefinition {
    static let id = "step-vs-sigmoid"
    static let book = BookReference(section: "3.2.5", figure: "3-8")
    static let summary = LocalizedText(ko: "계단 함수와 시그모이드 함수", en: "Step function and sigmoid compared")
    static let caption = LocalizedText(
        ko: "계단 함수(점선)와 시그모이드 함수(실선): 둘 다 입력이 작으면 0에 가깝고 크면 1에 가깝지만, 시그모이드는 매끄럽고 계단 함수는 0을 경계로 갑자기 바뀐다.",
        en:
            "Step function (dashed) and sigmoid (solid): both are near 0 for small inputs and near 1 for large ones, but the sigmoid is smooth while the step function jumps at 0."
    )
    static let parameters = ActivationCurves.parameters

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        try ActivationCurves.build(
            [ActivationCurves.sigmoid, ActivationCurves.step(compared: true)], values, language: language)
    }
}
