import Plotting

/// Section 4.4.1 in words: gradient descent from (-3, 4) for 100 steps with a learning rate that is too
/// large (10.0: the values run away), right (0.1: converges) and too small (1e-10: barely moves); one panel
/// per rate, each drawn like figure 4-10.
enum LearningRatesFigure: FigureDefinition {
    static let id = "learning-rates"
    static let book = BookReference(section: "4.4.1")
    static let summary = LocalizedText(ko: "학습률이 너무 크거나 작을 때", en: "Learning rates too large and too small")
    static let caption = LocalizedText(
        ko:
            "학습률에 따른 경사법의 결과 (초깃값 (−3, 4), 100번 갱신): 학습률이 너무 크면(10.0) 큰 값으로 발산하고, 너무 작으면(1e-10) 거의 갱신되지 않은 채 끝난다. 0.1이면 최솟값 (0, 0)에 수렴한다.",
        en:
            "Gradient descent from (−3, 4) for 100 updates with different learning rates: too large (10.0) and the values run away to huge numbers; too small (1e-10) and they barely change; 0.1 converges to the minimum at (0, 0)."
    )
    static let parameters = [
        TwoVariableFunction.parameter,
        ParameterSpec(
            .lr, .numbers(.positive, count: 1...6), default: "10,0.1,1e-10",
            help: "Learning rates, one panel each (1 to 6)."),
        ParameterSpec(.steps, .integer(1...1_000_000), default: "100", help: "The number of updates (1 to 1000000)."),
        TwoVariableFunction.start,
    ]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        var panels: [any Panel] = []
        var data = DataTable(columns: ["lr", DescentPanel.updatesColumn, "x0", "x1"])
        var warnings: [String] = []
        for rate in values.numbers(.lr) {
            let panel = try DescentPanel(values, learningRate: rate)
            panel.appendPath(to: &data, leading: [rate])
            if let warning = panel.warning { warnings.append(warning) }
            panels.append(
                try panel.axes(title: "lr = \(format(rate))", note: note(panel, language: language), language: language)
            )
        }
        let width = min(4.8 * Double(panels.count), 16)
        return FigureOutput(
            figure: Figure(width: max(width, 4.8), height: 5, panels: panels), data: data, warnings: warnings)
    }

    /// "after 100 updates:" and "(-2.58983747e+13, -1.29524862e+12)" (numpy's 9 significant digits), or where
    /// the run overflowed.
    private static func note(_ panel: DescentPanel, language: Language) -> [String] {
        let run = panel.run
        guard let final = run.finalPoint else {
            let step = run.divergedAtStep ?? 0
            return [
                LocalizedText(ko: "\(step)번째 갱신에서 넘침", en: "overflow at update \(step)")(language),
                LocalizedText(ko: "(발산)", en: "(diverged)")(language),
            ]
        }
        let point = NumberText.point(final, digits: 9)
        return [LocalizedText(ko: "\(run.steps)번 갱신 후:", en: "after \(run.steps) updates:")(language), point]
    }
}
