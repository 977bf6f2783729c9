import Plotting

/// Labels shared by several figures, in both languages.
enum CommonText {
    static let stepFunction = LocalizedText(ko: "계단 함수", en: "step function")
    static let sigmoid = LocalizedText(ko: "시그모이드 함수", en: "sigmoid")
    static let slope = LocalizedText(ko: "기울기", en: "slope")
    /// x₀ (the same in both languages).
    static let x0 = Label.markup("x_0")
    /// x₁ (the same in both languages).
    static let x1 = Label.markup("x_1")
}
