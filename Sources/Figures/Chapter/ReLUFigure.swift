/// Figure 3-9: the ReLU function, as the book's `relu.py` draws it: x = arange(-5.0, 5.0, 0.1),
/// y = maximum(0, x), one line, y limits -1.0…5.5.
enum ReLUFigure: FigureDefinition {
    static let id = "relu"
    static let book = BookReference(section: "3.2.7", figure: "3-9")
    static let summary = LocalizedText(ko: "ReLU 함수", en: "The ReLU function")
    static let caption = LocalizedText(
        ko: "ReLU 함수: 입력이 0을 넘으면 그 입력을 그대로 출력하고, 0 이하이면 0을 출력한다.",
        en: "The ReLU (rectified linear unit) outputs its input when the input exceeds 0, and 0 otherwise.")
    static let parameters = ActivationCurves.parameters

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        try ActivationCurves.build([ActivationCurves.relu], values, yLimits: -1.0...5.5, language: language)
    }
}
