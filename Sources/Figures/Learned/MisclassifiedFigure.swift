import Core
import Plotting

/// Beyond the book: test images section 4.5's net gets wrong (the first 24 in test-set order), each titled with
/// its true class, the class the net chose and the probability it gave that class.
enum MisclassifiedFigure: FigureDefinition {
    static let id = "misclassified"
    static let book = BookReference(section: "4.5.3")
    static let summary = LocalizedText(ko: "학습한 신경망이 틀린 시험 이미지", en: "Test images the trained net gets wrong")
    static let caption = LocalizedText(
        ko:
            "시험 데이터에서 신경망이 틀린 이미지(시험 데이터 순서로 처음 24장): 제목은 정답 → 예측(그 예측에 준 확률)이다. 셔츠와 티셔츠, 샌들과 운동화처럼 비슷한 옷을 헷갈린다. 책에는 없는 그림이다.",
        en:
            "Test images the net gets wrong (the first 24 in test-set order), each titled true → predicted (the probability the net gave its choice). It confuses similar clothes: shirts and T-shirts, sandals and sneakers. Not in the book."
    )
    static let parameters: [ParameterSpec] = [TrainingSeriesSource.parameter]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let (series, learned) = try TrainingSeriesSource.loadLearned(given: values.file(.series))
        let rows = learned.imageRows, columns = learned.imageColumns
        let examples = learned.misclassified
        guard !examples.isEmpty else {
            throw ParameterError(
                "misclassified: the series records no misclassified test image (the net got all right)")
        }
        let perRow = 6
        let panels: [any Panel] = examples.map { example in
            let grid = (0..<rows).map { r in (0..<columns).map { c in Double(example.pixels[r * columns + c]) } }
            let percent = NumberText.fixed(100 * example.probability, 0)
            var axes = Axes(
                marks: [ImageMark(values: grid, colormap: .gray, vmin: 0, vmax: 255)],
                title: Label(
                    "\(learned.className(example.label)) → \(learned.className(example.predicted)) (\(percent)%)"),
                aspect: .equal)
            axes.xTicks = []
            axes.yTicks = []
            return axes
        }
        var theme = Theme.matplotlib
        theme.titleFontSize = 8
        var figure = Figure(
            width: 10, height: 7.6,
            title: LocalizedText(
                ko: "틀린 시험 이미지: 정답 → 예측 (확률; \(TrainingSeriesSource.runDescription(series)))",
                en:
                    "Misclassified test images: true → predicted (probability; \(TrainingSeriesSource.runDescription(series)))"
            ).label(language),
            rows: (examples.count + perRow - 1) / perRow, columns: perRow, panels: panels, theme: theme)
        figure.subplotParameters.left = 0.02
        figure.subplotParameters.right = 0.98
        figure.subplotParameters.bottom = 0.02
        figure.subplotParameters.wspace = 0.35
        figure.subplotParameters.hspace = 0.3
        let data = DataTable(columns: [
            ("test index", examples.map { Double($0.index) }), ("true", examples.map { Double($0.label) }),
            ("predicted", examples.map { Double($0.predicted) }), ("probability", examples.map(\.probability)),
        ])
        return FigureOutput(figure: figure, data: data, warnings: TrainingSeriesSource.warnings(series))
    }
}
