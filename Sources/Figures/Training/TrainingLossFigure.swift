import Core
import Plotting

/// Figure 4-11: the mini-batch loss after every update of section 4.5's training — all iterations on the left,
/// the first 1,000 on the right (the book's `train_neuralnet.py`, labels "iteration" and "loss").
enum TrainingLossFigure: FigureDefinition {
    static let id = "training-loss"
    static let book = BookReference(section: "4.5.2", figure: "4-11")
    static let summary = LocalizedText(ko: "미니배치 학습의 손실 함수 값 추이", en: "Loss during mini-batch training")
    static let caption = LocalizedText(
        ko:
            "2층 신경망(784-50-10)을 미니배치(100개, 복원 추출), 학습률 0.1의 SGD로 10,000번 갱신하며 기록한 손실 함수 값. 왼쪽은 전체, 오른쪽은 처음 1,000번. 데이터는 Debian의 Fashion-MNIST(MNIST와 형식이 같은 대체 데이터)이며, 학습이 진행될수록 손실이 줄어든다.",
        en:
            "Loss of each mini-batch while the 784-50-10 two-layer net is trained by SGD (batches of 100 drawn with replacement, learning rate 0.1, 10,000 updates): all iterations on the left, the first 1,000 on the right. The data is Debian's Fashion-MNIST, a drop-in for MNIST; the loss falls as training proceeds."
    )
    static let parameters: [ParameterSpec] = [
        TrainingSeriesSource.parameter,
        ParameterSpec(
            .first, .integer(1...100_000_000), default: "1000",
            help: "Iterations shown in the right-hand panel, from the first."),
    ]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let series = try TrainingSeriesSource.load(given: values.file(.series))
        let losses = series.losses
        let iterations = losses.indices.map(Double.init)
        let zoomed = min(values.integer(.first), losses.count)
        let panels: [any Panel] = [
            Axes(
                marks: [LineMark(x: iterations, y: losses)],
                title: Label(panelTitle(all: losses.count, language: language)),
                xLabel: "iteration", yLabel: "loss"),
            Axes(
                marks: [LineMark(x: Array(iterations.prefix(zoomed)), y: Array(losses.prefix(zoomed)))],
                title: Label(panelTitle(first: zoomed, language: language)), xLabel: "iteration", yLabel: "loss"),
        ]
        let title = LocalizedText(
            ko: "학습 손실 (\(TrainingSeriesSource.runDescription(series)))",
            en: "Training loss (\(TrainingSeriesSource.runDescription(series)))")(language)
        return FigureOutput(
            figure: Figure(width: 9.6, height: 4.4, title: Label(title), panels: panels),
            data: DataTable(columns: [("iteration", iterations), ("loss", losses)]),
            warnings: TrainingSeriesSource.warnings(series))
    }

    private static func panelTitle(all count: Int, language: Language) -> String {
        LocalizedText(ko: "전체 \(NumberText.grouped(count))회 반복", en: "all \(NumberText.grouped(count)) iterations")(
            language)
    }

    private static func panelTitle(first count: Int, language: Language) -> String {
        LocalizedText(ko: "처음 \(NumberText.grouped(count))회 반복", en: "first \(NumberText.grouped(count)) iterations")(
            language)
    }
}
