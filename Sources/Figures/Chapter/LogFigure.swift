import Foundation
import Plotting

/// Figure 4-3: the natural logarithm y = log x on (0, 1]: 0 at x = 1, falling without bound as x → 0 — why
/// the cross-entropy error −log y is small for a confident correct answer and large for a poor one.
/// The book has no script for it; this draws what its text says.
enum LogFigure: FigureDefinition {
    static let id = "log"
    static let book = BookReference(section: "4.2.2", figure: "4-3")
    static let summary = LocalizedText(ko: "자연로그 y = log x의 그래프", en: "The natural logarithm y = log x")
    static let caption = LocalizedText(
        ko: "자연로그 y = log x의 그래프: x가 1일 때 y는 0이 되고, x가 0에 가까워질수록 y의 값은 점점 작아진다(−∞로 향한다).",
        en: "The natural logarithm y = log x: y is 0 at x = 1 and falls without bound (towards −∞) as x approaches 0.")
    static let parameters = [
        ParameterSpec(
            .range, .interval(NumberDomain(lower: (0, true))), default: "0,1", help: "x range lo,hi with 0 ≤ lo < hi.")
    ]

    /// The lowest y shown: log x is below it for x < e^-5 ≈ 0.0067.
    static let floor = -5.0

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let (lo, hi) = values.interval(.range)
        let count = 2000
        let xs = (0...count).map { lo + (hi - lo) * Double($0) / Double(count) }.filter { $0 > 0 }
        let ys = xs.map { Foundation.log($0) }
        let top = max(ys.max() ?? 0, 0)
        let bottom = max(ys.min() ?? floor, floor)
        let pad = (top - bottom) * 0.05
        var marks: [any Mark] = [
            ReferenceLine.horizontal(0, color: BookStyle.contourGrey, width: 0.8, style: .dashed),
            LineMark(x: xs, y: ys),
        ]
        if lo < 1 && 1 <= hi {
            marks.append(
                LineMark(x: [1], y: [0], color: BookStyle.black, marker: MarkerStyle(.circle), drawsLine: false))
            marks.append(
                ArrowAnnotation(
                    "log 1 = 0", pointing: (1, 0), from: (lo + 0.78 * (hi - lo), bottom + 0.3 * (top - bottom))))
        }
        if lo == 0 {
            let text = LocalizedText(ko: "x → 0 이면 y → −∞", en: "y → −∞ as x → 0")
            let target = Foundation.exp(bottom + 0.12 * (top - bottom))
            marks.append(
                ArrowAnnotation(
                    text.label(language), pointing: (target, Foundation.log(target)),
                    from: (lo + 0.3 * (hi - lo), bottom + 0.12 * (top - bottom))))
        }
        let axes = Axes(
            marks: marks, xLabel: "x", yLabel: "y = log x", xLimits: lo...hi + (hi - lo) * 0.02,
            yLimits: bottom - pad...top + pad)
        return FigureOutput(figure: Figure(axes), data: DataTable(columns: [("x", xs), ("log(x)", ys)]))
    }
}
