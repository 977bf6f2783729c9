import Core
import Plotting

/// Beyond the book: what each of the 50 hidden units of section 4.5's net looks for — its column of W1 (the
/// weights from the 784 pixels) drawn as a 28 × 28 image, blue negative and red positive around 0 (one colour
/// scale for all units).
enum HiddenWeightsFigure: FigureDefinition {
    static let id = "hidden-weights"
    static let book = BookReference(section: "4.5.3")
    static let summary = LocalizedText(ko: "은닉층 뉴런 50개의 가중치 (W1)", en: "The weights of the 50 hidden units (W1)")
    static let caption = LocalizedText(
        ko:
            "학습을 마친 W1의 열 50개를 28×28 이미지로 그렸다: 각 은닉 뉴런이 어떤 픽셀에 양(빨강)과 음(파랑)의 무게를 두는지 보인다. 색의 범위는 모든 뉴런에 공통(|w|의 99번째 백분위수까지, 그 너머는 양 끝 색)이고 0은 옅은 회색이다. 책에는 없는 그림이다.",
        en:
            "The 50 columns of the trained W1 drawn as 28 × 28 images: which pixels each hidden unit weighs positively (red) or negatively (blue). One colour scale for all units (up to the 99th percentile of |w|; weights beyond take the end colours), pale grey at 0. Not in the book."
    )
    static let parameters: [ParameterSpec] = [TrainingSeriesSource.parameter]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let (series, learned) = try TrainingSeriesSource.loadLearned(given: values.file(.series))
        let units = learned.parameters.shape.hidden
        let rows = learned.imageRows, columns = learned.imageColumns
        let weights = (0..<units).map { learned.hiddenWeights(column: $0) }
        // One scale for all units, set by the 99th percentile of |w| rather than the largest: a few outlying
        // weights would otherwise wash every pattern out to pale colours (those beyond are drawn at the ends).
        let magnitudes = weights.joined().map { Double(abs($0)) }.filter(\.isFinite).sorted()
        let percentile = magnitudes.isEmpty ? 1 : magnitudes[min(magnitudes.count - 1, magnitudes.count * 99 / 100)]
        let scale = percentile > 0 ? percentile : 1
        let perRow = 10
        let panels: [any Panel] = weights.enumerated().map { unit, column in
            let grid = (0..<rows).map { r in (0..<columns).map { c in Double(column[r * columns + c]) } }
            var axes = Axes(
                marks: [ImageMark(values: grid, colormap: .coolwarm, vmin: -scale, vmax: scale)],
                title: Label("\(unit)"), aspect: .equal)
            axes.xTicks = []
            axes.yTicks = []
            return axes
        }
        var theme = Theme.matplotlib
        theme.titleFontSize = 9
        var figure = Figure(
            width: 10, height: 5.6,
            title: LocalizedText(
                ko:
                    "은닉 뉴런 \(units)개의 W1 (파랑 < 0 < 빨강, 색 범위 ±\(NumberText.short(scale)): |w|의 99번째 백분위수; \(TrainingSeriesSource.runDescription(series)))",
                en:
                    "W1 of the \(units) hidden units (blue < 0 < red, colours span ±\(NumberText.short(scale)), the 99th percentile of |w|; \(TrainingSeriesSource.runDescription(series)))"
            ).label(language),
            rows: (units + perRow - 1) / perRow, columns: perRow, panels: panels, theme: theme)
        figure.subplotParameters.wspace = 0.1
        figure.subplotParameters.hspace = 0.3
        figure.subplotParameters.left = 0.04
        figure.subplotParameters.right = 0.98
        figure.subplotParameters.bottom = 0.03
        var data = DataTable(columns: ["unit", "row", "column", "weight"])
        for (unit, column) in weights.enumerated() {
            for r in 0..<rows {
                for c in 0..<columns {
                    data.append([Double(unit), Double(r), Double(c), Double(column[r * columns + c])])
                }
            }
        }
        return FigureOutput(figure: figure, data: data, warnings: TrainingSeriesSource.warnings(series))
    }
}
