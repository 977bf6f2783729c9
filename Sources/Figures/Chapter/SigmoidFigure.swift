/// Figure 3-7: the sigmoid function.
enum SigmoidFigure: FigureDefinition {
    static let id = "sigmoid"
    static let book = BookReference(section: "3.2.4", figure: "3-7")
    static let summary = LocalizedText(ko: "시그모이드 함수", en: "The sigmoid function")
    static let caption = LocalizedText(
        ko: "시그모이드 함수 h(x) = 1 / (1 + exp(−x)): 출력이 0과 1 사이에서 매끄럽게 변한다.",
        en: "The sigmoid h(x) = 1 / (1 + exp(−x)): its output changes smoothly between 0 and 1.")
    static let parameters = ActivationCurves.parameters

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        try ActivationCurves.build([ActivationCurves.sigmoid], values, language: language)
    }
}
