import Core
import Plotting

/// Figure 4-4: why the step function cannot drive learning — its slope (tangent) is 0 almost everywhere,
/// while the sigmoid's slope is never 0. Tangents at a few points, slopes from the numerical derivative.
/// The book has no script for it; this draws what its text says.
enum SlopeStepVersusSigmoidFigure: FigureDefinition {
    static let id = "slope-step-vs-sigmoid"
    static let book = BookReference(section: "4.2.5", figure: "4-4")
    static let summary = LocalizedText(ko: "계단 함수와 시그모이드 함수의 기울기", en: "Slopes of the step function and the sigmoid")
    static let caption = LocalizedText(
        ko:
            "계단 함수와 시그모이드 함수: 계단 함수는 대부분의 장소에서 기울기가 0이지만, 시그모이드 함수의 기울기(접선)는 0이 아니다. 그래서 매개변수의 작은 변화가 손실 함수에 전해지고, 신경망이 학습할 수 있다.",
        en:
            "Step function and sigmoid: the step function's slope is 0 almost everywhere, while the sigmoid's slope (tangent) is never 0 — so small changes of a parameter reach the loss and the network can learn."
    )
    static let parameters =
        ActivationCurves.parameters + [
            ParameterSpec(
                .at, .numbers(.plottable, count: 1...8), default: "-4,-1.5,0.5,2.5",
                help: "Points where tangents are drawn (1 to 8).")
        ]

    /// The slope written beside its point where neither the curve nor the tangent passes: above or below a
    /// flat tangent; for a rising one, lower right on the convex side (x < 0) and upper left on the concave side.
    static func slopeLabel(_ slope: Double, at x: Double, y: Double) -> TextMark {
        let text = Label(NumberText.short(slope, digits: 2))
        if abs(slope) < 1e-9 {
            let above = y < 0.5
            return TextMark(
                text, x: x, y: y + (above ? 0.08 : -0.08), fontSize: 9, color: BookStyle.red,
                horizontal: .center, vertical: above ? .bottom : .top)
        }
        let right = x < 0
        return TextMark(
            text, x: x + (right ? 0.3 : -0.3), y: y + (right ? -0.05 : 0.05), fontSize: 9, color: BookStyle.red,
            horizontal: right ? .left : .right, vertical: right ? .top : .bottom)
    }

    /// Half the length of a drawn tangent, in x units.
    static let halfLength = 0.9

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let xs = try Sampling.curve(values)
        let points = values.numbers(.at)
        let titles = [
            LocalizedText(ko: "계단 함수: 기울기가 거의 모든 곳에서 0", en: "step function: slope 0 almost everywhere"),
            LocalizedText(ko: "시그모이드 함수: 기울기가 0이 되지 않는다", en: "sigmoid: the slope is never 0"),
        ]
        var data = DataTable(columns: ["function (0 = step, 1 = sigmoid)", "x", "y", "slope"])
        var panels: [any Panel] = []
        for (index, function) in [Activation.step, Activation.sigmoid].enumerated() {
            var marks: [any Mark] = [
                LineMark(
                    x: xs, y: xs.map(function), color: index == 0 ? BookStyle.black : BookStyle.blue,
                    style: index == 0 ? .dashed : .solid)
            ]
            for a in points {
                let tangent = try TangentLine(tangentTo: function, at: a)
                let ends = [a - halfLength, a + halfLength]
                marks.append(LineMark(x: ends, y: ends.map { tangent($0) }, color: BookStyle.red, width: 2))
                marks.append(
                    LineMark(
                        x: [a], y: [function(a)], color: BookStyle.red, marker: MarkerStyle(.circle, size: 5),
                        drawsLine: false))
                marks.append(slopeLabel(tangent.slope, at: a, y: function(a)))
                data.append([Double(index), a, function(a), tangent.slope])
            }
            panels.append(Axes(marks: marks, title: titles[index].label(language), xLabel: "x", yLimits: -0.1...1.1))
        }
        return FigureOutput(figure: Figure(width: 10, height: 4.2, panels: panels), data: data)
    }
}
