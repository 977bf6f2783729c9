/// Figure 3-6: the step function.
enum StepFunctionFigure: FigureDefinition {
    static let id = "step-function"
    static let book = BookReference(section: "3.2.3", figure: "3-6")
    static let summary = LocalizedText(ko: "계단 함수", en: "The step function")
    static let caption = LocalizedText(
        ko: "계단 함수: 입력이 0을 넘으면 1, 그 외에는 0을 출력한다. 출력이 0에서 1로 갑자기 바뀐다.",
        en: "The step function outputs 1 when its input exceeds 0 and 0 otherwise: the output jumps from 0 to 1.")
    static let parameters = ActivationCurves.parameters

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        try ActivationCurves.build([ActivationCurves.step(compared: false)], values, language: language)
    }
}
