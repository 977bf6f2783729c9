import Core
import Plotting

/// Section 4.2.2 in words: the cross-entropy error −log y of the output y for the correct class, with the
/// book's two examples marked (y = 0.6 → 0.51, y = 0.1 → 2.30).
enum CrossEntropyFigure: FigureDefinition {
    static let id = "cross-entropy"
    static let book = BookReference(section: "4.2.2")
    static let summary = LocalizedText(ko: "교차 엔트로피 오차 −log y", en: "Cross-entropy error −log y")
    static let caption = LocalizedText(
        ko:
            "교차 엔트로피 오차는 정답일 때의 출력 y만으로 정해진다: −log y. 정답의 출력이 0.6이면 오차는 약 0.51, 0.1이면 2.30이다. 출력이 1에 가까울수록 오차는 0에 다가가고, 작아질수록 커진다.",
        en:
            "The cross-entropy error depends only on the output y for the correct class: −log y. An output of 0.6 gives about 0.51, an output of 0.1 gives 2.30. The closer y is to 1, the closer the error is to 0; the smaller y, the larger the error."
    )
    static let parameters = [
        ParameterSpec(
            .at, .numbers(.leftOpen(0, 1), count: 1...5), default: "0.6,0.1",
            help: "Outputs y for the correct class to mark, each in (0, 1].")
    ]

    /// The error of one output for the correct class, with the book's delta 1e-7.
    static func error(_ y: Double) throws -> Double { try Loss.crossEntropy([y], label: 0) }

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let ys = (1...1000).map { Double($0) / 1000 }
        let errors = try ys.map(error)
        let marked = values.numbers(.at)
        let top = max(5, (try marked.map(error).max() ?? 0) + 0.6)
        var marks: [any Mark] = [LineMark(x: ys, y: errors)]
        for y in marked {
            let e = try error(y)
            marks.append(LineMark(x: [y, y, 0], y: [0, e, e], color: BookStyle.contourGrey, width: 1, style: .dotted))
            marks.append(LineMark(x: [y], y: [e], color: BookStyle.red, marker: MarkerStyle(.circle), drawsLine: false))
            marks.append(
                TextMark(
                    "−log \(format(y)) = \(NumberText.fixed(e, 2))", x: y + 0.02, y: e + 0.08,
                    color: BookStyle.red, vertical: .bottom))
        }
        let xLabel = LocalizedText(ko: "정답 클래스의 출력 y_k", en: "output for the correct class, y_k")
        let yLabel = LocalizedText(ko: "교차 엔트로피 오차 −log y_k", en: "cross-entropy error −log y_k")
        let axes = Axes(
            marks: marks, xLabel: .markup(xLabel(language)), yLabel: .markup(yLabel(language)), xLimits: 0...1.02,
            yLimits: 0...top)
        return FigureOutput(figure: Figure(axes), data: DataTable(columns: [("y", ys), ("-log(y + 1e-7)", errors)]))
    }
}
