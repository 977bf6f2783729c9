import Core
import Plotting

/// Section 4.2.5 in words: why accuracy cannot be the objective. For simpleNet (the book's W) on a small
/// fixed batch, one weight is swept: the loss (top) changes smoothly, so it has a useful derivative; the
/// accuracy (bottom) is a staircase, flat almost everywhere, so its derivative is 0 and says nothing.
enum LossVersusAccuracyFigure: FigureDefinition {
    static let id = "loss-vs-accuracy"
    static let book = BookReference(section: "4.2.5")
    static let summary = LocalizedText(ko: "손실 함수와 정확도: 왜 손실 함수를 설정하는가", en: "Loss vs accuracy: why a loss function")
    static let caption = LocalizedText(
        ko:
            "simpleNet의 가중치 하나를 조금씩 바꾸며 고정된 미니배치 10개의 손실(위)과 정확도(아래)를 계산했다. 손실은 매개변수의 작은 변화에도 연속적으로 변하지만, 정확도는 대부분의 장소에서 변하지 않다가 불연속적으로 갑자기 바뀐다. 정확도의 미분은 대부분의 장소에서 0이므로 지표로 삼을 수 없다.",
        en:
            "One weight of simpleNet is swept while the loss (top) and the accuracy (bottom) of a fixed batch of 10 samples are computed. The loss responds continuously to small changes; the accuracy stays flat almost everywhere and then jumps. Its derivative is 0 almost everywhere, so it cannot guide learning."
    )
    static let parameters = [
        ParameterSpec(
            .weight, .matrixIndex(rows: 2, columns: 3), default: "0,0",
            help: "The weight of W to sweep, as row,column (0-based)."),
        ParameterSpec(.range, .interval(.plottable), default: "-3,4", help: "The swept values lo,hi (hi excluded)."),
        ParameterSpec(.step, .number(.positive), default: "0.01", help: "Spacing of the swept values."),
    ]

    /// The fixed batch: the book's input (0.6, 0.9) and nine more, with their correct classes.
    static let inputs: [[Double]] = [
        [0.6, 0.9], [0.9, 0.2], [0.2, 0.8], [0.5, 0.5], [0.8, 0.6],
        [0.3, 0.3], [1.0, 0.1], [0.1, 1.0], [0.7, 0.4], [0.4, 0.7],
    ]
    static let labels = [2, 1, 0, 2, 1, 0, 1, 0, 2, 2]

    static func build(_ values: ParameterValues, language: Language) throws -> FigureOutput {
        let (row, column) = values.matrixIndex(.weight)
        let sweep = try Sampling.curve(values)
        var losses: [Double] = [], accuracies: [Double] = []
        for w in sweep {
            var weights = SimpleNet.bookWeights.nestedRows
            weights[row][column] = w
            let net = try SimpleNet(weights: Matrix(weights))
            let (loss, accuracy) = try evaluate(net)
            losses.append(loss)
            accuracies.append(accuracy)
        }
        let book = SimpleNet.bookWeights[row, column]
        let name = Label.markup("w_{\(row + 1)\(column + 1)}")
        let bookLine = ReferenceLine.vertical(
            book, color: BookStyle.contourGrey, width: 1, style: .dashed,
            label: LocalizedText(ko: "책의 값 \(book)", en: "book's value \(book)").label(language))
        let top = Axes(
            marks: [LineMark(x: sweep, y: losses, color: BookStyle.blue), bookLine],
            title: LocalizedText(ko: "손실: 연속적으로 변한다", en: "loss: changes continuously").label(language),
            yLabel: LocalizedText(ko: "손실 (교차 엔트로피)", en: "loss (cross-entropy)").label(language), legend: .upperCenter
        )
        let bottom = Axes(
            marks: [LineMark(x: sweep, y: accuracies, color: BookStyle.orange), bookLine],
            title: LocalizedText(ko: "정확도: 계단처럼 갑자기 변한다", en: "accuracy: flat, then jumps").label(language),
            xLabel: name, yLabel: LocalizedText(ko: "정확도", en: "accuracy").label(language),
            yLimits: -0.05...1.05)
        let figure = Figure(width: 6.4, height: 6.4, rows: 2, columns: 1, panels: [top, bottom])
        let data = DataTable(columns: [("w\(row + 1)\(column + 1)", sweep), ("loss", losses), ("accuracy", accuracies)])
        return FigureOutput(figure: figure, data: data)
    }

    /// The mean cross-entropy loss and the accuracy of `net` on the batch.
    static func evaluate(_ net: SimpleNet) throws -> (loss: Double, accuracy: Double) {
        var total = 0.0, correct = 0
        for (x, label) in zip(inputs, labels) {
            var oneHot = [Double](repeating: 0, count: 3)
            oneHot[label] = 1
            total += try net.loss(x, oneHot: oneHot)
            let scores = try net.predict(x)
            if scores.indices.max(by: { scores[$0] < scores[$1] }) == label { correct += 1 }
        }
        return (total / Double(inputs.count), Double(correct) / Double(inputs.count))
    }
}
