import Core
import Plotting

/// Beyond the book: how training moved the weights — the distribution of W1 and of W2 at initialisation
/// (`weight_init_std` × a standard normal, regenerated from the run's seed) and after training, as densities.
enum WeightHistogramFigure: FigureDefinition {
    static let id = "weight-histogram"
    static let book = BookReference(section: "4.5.1")
    static let summary = LocalizedText(ko: "학습 전후의 가중치 분포 (W1, W2)", en: "Weights before and after training (W1, W2)")
    static let caption = LocalizedText(
        ko:
            "W1과 W2의 값 분포: 학습 전(표준편차 0.01의 정규분포로 초기화, 시드로 다시 만든 값)과 학습 후. 학습이 가중치를 넓게 퍼뜨린다. 막대 넓이의 합이 1인 밀도로 그렸다. 책에는 없는 그림이다.",
        en:
            "The values of W1 and W2 before training (initialised as 0.01 × a standard normal, regenerated from the seed) and after it: training spreads the weights out. Drawn as densities (each histogram's area is 1). Not in the book."
    )
    static let parameters: [ParameterSpec] = [TrainingSeriesSource.parameter]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let (series, learned) = try TrainingSeriesSource.loadLearned(given: values.file(.series))
        guard let initial = series.initialParameters() else {
            throw ParameterError("weight-histogram: the series' initial weights cannot be regenerated")
        }
        let final = learned.parameters
        let before = LocalizedText(ko: "학습 전", en: "before training").label(language)
        let after = LocalizedText(ko: "학습 후", en: "after training").label(language)
        func panel(_ name: String, initial: [Float], trained: [Float]) -> Axes {
            Axes(
                marks: [
                    HistogramMark(
                        values: initial.map(Double.init), bins: .count(60), density: true,
                        color: BookStyle.blue.withAlpha(0.6), label: before),
                    HistogramMark(
                        values: trained.map(Double.init), bins: .count(60), density: true,
                        color: BookStyle.orange.withAlpha(0.6), label: after),
                ],
                title: Label(
                    "\(name) (\(NumberText.grouped(initial.count)) \(LocalizedText(ko: "개", en: "values")(language)))"),
                xLabel: LocalizedText(ko: "가중치", en: "weight").label(language),
                yLabel: LocalizedText(ko: "밀도", en: "density").label(language), yScale: .log,
                legend: .upperRight)
        }
        let figure = Figure(
            width: 9.6, height: 4.4, title: Label(TrainingSeriesSource.runDescription(series)),
            panels: [
                panel("W1", initial: initial.w1.storage, trained: final.w1.storage),
                panel("W2", initial: initial.w2.storage, trained: final.w2.storage),
            ])
        var data = DataTable(columns: ["matrix", "stage", "weight"])
        for (index, matrix) in [(initial.w1, final.w1), (initial.w2, final.w2)].enumerated() {
            for value in matrix.0.storage { data.append([Double(index + 1), 0, Double(value)]) }
            for value in matrix.1.storage { data.append([Double(index + 1), 1, Double(value)]) }
        }
        return FigureOutput(figure: figure, data: data, warnings: TrainingSeriesSource.warnings(series))
    }
}
