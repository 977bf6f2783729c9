/// Labels shared by several figures, in both languages.
enum CommonText {
    static let stepFunction = LocalizedText(ko: "계단 함수", en: "step function")
    static let sigmoid = LocalizedText(ko: "시그모이드 함수", en: "sigmoid")
    static let slope = LocalizedText(ko: "기울기", en: "slope")
    static let x0 = LocalizedText("x_0")
    static let x1 = LocalizedText("x_1")
}
