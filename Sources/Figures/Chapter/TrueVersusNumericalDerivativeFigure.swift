import Core
import Plotting

/// Figure 4-5: the true tangent at x against the secant through x and x + h that a forward difference
/// measures (and, dotted, the central difference through x − h and x + h), with a visibly large h.
/// The book's figure is a schematic without a script; this draws it from a real curve.
enum TrueVersusNumericalDerivativeFigure: FigureDefinition {
    static let id = "true-vs-numerical-derivative"
    static let book = BookReference(section: "4.3.1", figure: "4-5")
    static let summary = LocalizedText(ko: "진정한 접선과 수치 미분(근사로 구한 접선)", en: "True tangent vs numerical derivative")
    static let caption = LocalizedText(
        ko:
            "진정한 미분(진정한 접선)과 수치 미분(근사로 구한 접선)의 값은 다르다. x와 x + h 사이의 기울기(전방 차분)는 h를 무한히 0으로 좁힐 수 없어 오차가 생긴다. x − h와 x + h를 쓰는 중심 차분은 그 오차를 줄인다.",
        en:
            "The true derivative (the true tangent) and the numerical derivative (an approximate tangent) differ: the slope between x and x + h (forward difference) is off because h cannot shrink to 0. The central difference through x − h and x + h reduces the error."
    )
    static let parameters =
        OneVariableCurve.parameters(function: "exp(x/2)", range: "-1,4.05", step: "0.05") + [
            ParameterSpec(.at, .number(.plottable), default: "1", help: "The point x where the derivative is taken."),
            ParameterSpec(
                .h, .number(NumberDomain(lower: (0, false), upper: (1e100, true))), default: "1.5",
                help: "The (deliberately large) difference step h."),
        ]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let curve = try OneVariableCurve(values)
        let f: (Double) -> Double = { curve.function($0) }
        let x = values.number(.at), h = values.number(.h)
        let tangent = try TangentLine(tangentTo: f, at: x)
        let forward = try numericalDerivative(of: f, at: x, h: h, scheme: .forward)
        let central = try numericalDerivative(of: f, at: x, h: h, scheme: .central)
        let forwardLine = curve.xs.map { f(x) + forward * ($0 - x) }
        let centralLine = curve.xs.map { f(x) + central * ($0 - x) }
        let tangentLine = curve.xs.map { tangent($0) }

        let text = Text(language: language)
        let finite = curve.ys.filter(\.isFinite)
        let high = finite.max() ?? 1
        // Leave room below the curve and the lines for the labels x − h, x, x + h.
        let lowest = (finite + [tangent(x - h), f(x) - forward * h, f(x) - central * h]).filter(\.isFinite).min() ?? 0
        // A span wider than the largest Double (f = 1e308·x) leaves the limits to the axes' own (bounded) rule.
        let span = high - lowest
        let pad = span.isFinite ? span * 0.08 + 1e-9 : 0
        let low = lowest - pad
        let limits = span.isFinite && (low - pad).isFinite && (high + pad).isFinite ? (low - pad)...(high + pad) : nil
        var marks: [any Mark] = [
            LineMark(
                x: curve.xs, y: curve.ys, color: BookStyle.blue, label: .markup("f(x) = \(curve.function.source)")),
            LineMark(
                x: curve.xs, y: tangentLine, color: BookStyle.black,
                label: "\(text.trueTangent) (\(text.slope) \(NumberText.short(tangent.slope, digits: 4)))"),
            LineMark(
                x: curve.xs, y: forwardLine, color: BookStyle.red, style: .dashed,
                label: "\(text.forward) (\(text.slope) \(NumberText.short(forward, digits: 4)))"),
            LineMark(
                x: curve.xs, y: centralLine, color: BookStyle.green, style: .dotted,
                label: "\(text.central) (\(text.slope) \(NumberText.short(central, digits: 4)))"),
        ]
        for (position, name) in [(x - h, "x − h"), (x, "x"), (x + h, "x + h")]
        where f(position).isFinite && limits != nil {
            marks.append(
                ReferenceLine.vertical(
                    position, from: low - pad, to: f(position), color: BookStyle.contourGrey, width: 0.8, style: .dotted
                ))
            marks.append(
                LineMark(
                    x: [position], y: [f(position)], color: BookStyle.black, marker: MarkerStyle(.circle, size: 5),
                    drawsLine: false))
            marks.append(TextMark(Label(name), x: position, y: low - pad, horizontal: .center, vertical: .bottom))
        }
        let axes = Axes(marks: marks, xLabel: "x", yLabel: "f(x)", yLimits: limits, legend: .upperLeft)
        let data = DataTable(columns: [
            ("x", curve.xs), ("f(x)", curve.ys), ("true tangent", tangentLine),
            ("forward difference secant", forwardLine), ("central difference secant", centralLine),
        ])
        return FigureOutput(figure: Figure(axes), data: data)
    }

    private struct Text {
        let trueTangent: String, forward: String, central: String, slope: String
        init(language: Language) {
            trueTangent = LocalizedText(ko: "진정한 접선", en: "true tangent")(language)
            forward = LocalizedText(ko: "전방 차분: x와 x + h", en: "forward difference: x, x + h")(language)
            central = LocalizedText(ko: "중심 차분: x − h와 x + h", en: "central difference: x − h, x + h")(language)
            slope = CommonText.slope(language)
        }
    }
}
