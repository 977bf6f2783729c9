import Core
import Plotting

/// Beyond the book: the test-set confusion matrix of section 4.5's trained net, as an annotated heatmap (rows the
/// true class, columns the predicted one; the count in each cell), from the series' `learned` section.
enum ConfusionMatrixFigure: FigureDefinition {
    static let id = "confusion-matrix"
    static let book = BookReference(section: "4.5.3")
    static let summary = LocalizedText(
        ko: "학습한 신경망의 혼동 행렬 (시험 데이터)", en: "Confusion matrix of the trained net (test set)")
    static let caption = LocalizedText(
        ko:
            "4.5절에서 학습한 2층 신경망이 시험 데이터 10,000장을 어떻게 분류했는지: 행은 정답, 열은 예측한 클래스이고 칸의 수는 그 장수다. 대각선이 맞힌 것이다. 책에는 없는 그림이다.",
        en:
            "How section 4.5's two-layer net classifies the 10,000 test images: rows are the true class, columns the predicted one, each cell the number of images. The diagonal is what it gets right. Not in the book."
    )
    static let parameters: [ParameterSpec] = [TrainingSeriesSource.parameter]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let (series, learned) = try TrainingSeriesSource.loadLearned(given: values.file(.series))
        let matrix = learned.confusion
        let classes = matrix.classes
        let grid = matrix.counts.map { $0.map(Double.init) }
        let positions = (0..<classes).map(Double.init)
        var axes = Axes(
            marks: [
                ImageMark(values: grid, colormap: .viridis, annotations: CellAnnotations(decimals: 0, fontSize: 8))
            ],
            title: LocalizedText(
                ko: "정확도 \(NumberText.fixed(matrix.accuracy, 4)) (\(TrainingSeriesSource.runDescription(series)))",
                en: "accuracy \(NumberText.fixed(matrix.accuracy, 4)) (\(TrainingSeriesSource.runDescription(series)))"
            ).label(language),
            xLabel: LocalizedText(ko: "예측한 클래스 (번호)", en: "predicted class (number)").label(language),
            yLabel: LocalizedText(ko: "정답 클래스", en: "true class").label(language), aspect: .equal)
        axes.xTicks = positions
        axes.xTickLabels = positions.map { "\(Int($0))" }
        axes.yTicks = positions
        axes.yTickLabels = (0..<classes).map { Label("\(learned.className($0)) (\($0))") }
        axes.colorbar = Colorbar(label: LocalizedText(ko: "장수", en: "images").label(language))
        var data = DataTable(columns: ["true", "predicted", "count"])
        for label in 0..<classes {
            for predicted in 0..<classes {
                data.append([
                    Double(label), Double(predicted), Double(matrix.count(label: label, predicted: predicted)),
                ])
            }
        }
        return FigureOutput(
            figure: Figure(axes, width: 8, height: 6.4), data: data, warnings: TrainingSeriesSource.warnings(series))
    }
}
