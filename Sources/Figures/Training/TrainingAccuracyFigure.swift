import Core
import Plotting

/// Figure 4-12: accuracy on the whole training set (solid) and test set (dashed) at every epoch of section 4.5's
/// training, y from 0 to 1, legend lower right (the book's `train_neuralnet.py`).
enum TrainingAccuracyFigure: FigureDefinition {
    static let id = "training-accuracy"
    static let book = BookReference(section: "4.5.3", figure: "4-12")
    static let summary = LocalizedText(ko: "훈련 데이터와 시험 데이터의 정확도 추이", en: "Training and test accuracy per epoch")
    static let caption = LocalizedText(
        ko:
            "에폭마다(600번 갱신마다) 훈련 데이터 전체(실선)와 시험 데이터 전체(점선)로 잰 정확도. 두 선이 거의 겹치므로 오버피팅은 일어나지 않았다. 데이터는 Debian의 Fashion-MNIST(MNIST와 형식이 같은 대체 데이터)다.",
        en:
            "Accuracy on the whole training set (solid) and the whole test set (dashed) after every epoch (600 updates). The two lines nearly coincide, so the net is not overfitting. The data is Debian's Fashion-MNIST, a drop-in for MNIST."
    )
    static let parameters: [ParameterSpec] = [TrainingSeriesSource.parameter]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let series = try TrainingSeriesSource.load(given: values.file(.series))
        let epochs = series.accuracies.map { Double($0.epoch) }
        let train = series.accuracies.map(\.train)
        let test = series.accuracies.map(\.test)
        let axes = Axes(
            marks: [
                LineMark(x: epochs, y: train, label: "train acc"),
                LineMark(x: epochs, y: test, style: .dashed, label: "test acc"),
            ], xLabel: "epochs", yLabel: "accuracy", yLimits: 0...1, legend: .lowerRight)
        let title = LocalizedText(
            ko: "정확도 (\(TrainingSeriesSource.runDescription(series)))",
            en: "Accuracy (\(TrainingSeriesSource.runDescription(series)))")(language)
        let iterations = series.accuracies.map { Double($0.iteration) }
        return FigureOutput(
            figure: Figure(axes, title: Label(title)),
            data: DataTable(columns: [
                ("epoch", epochs), ("iteration", iterations), ("train accuracy", train), ("test accuracy", test),
            ]),
            warnings: TrainingSeriesSource.warnings(series))
    }
}
