/// Records what a trained net learned (`LearnedNet`) from its final parameters: one forward pass over the test
/// set in blocks, the predicted class of each example as the accuracy evaluation finds it (the largest output,
/// the first on a tie), the confusion matrix, and the first misclassified images with the softmax probability of
/// the wrong class. Runs on one thread, in test-set order: the same parameters give the same record.
struct LearnedNetRecorder<Scalar: TrainingScalar> {
    /// Rows per forward pass.
    static var blockRows: Int { 500 }

    let passes: NetPasses<Scalar>

    /// The record for `data` (its test split) and the dataset's class names.
    func record(data: TrainingData) -> LearnedNet {
        let shape = passes.shape
        let scratch = Activations<Scalar>(shape: shape, capacity: Self.blockRows)
        var confusion = ConfusionMatrix(classes: shape.output)
        var misclassified: [MisclassifiedExample] = []
        let examples = data.testLabels.count
        var first = 0
        data.testPixels.withUnsafeBufferPointer { pixels in
            guard let pixels = pixels.baseAddress else { return }
            while first < examples {
                let rows = scratch.rows(min(Self.blockRows, examples - first))
                Scalar.normalisePixels(pixels + first * shape.input, count: rows.count * shape.input, into: rows.input)
                passes.forward(rows, softmax: false)
                for row in 0..<rows.count {
                    let index = first + row
                    let outputs = Array(
                        UnsafeBufferPointer(start: rows.output + row * shape.output, count: shape.output))
                    let predicted = Self.largest(outputs)
                    let label = data.testLabels[index]
                    guard (0..<shape.output).contains(label) else { continue }
                    confusion.counts[label][predicted] += 1
                    if label != predicted, misclassified.count < LearnedNet.maximumMisclassified {
                        let start = index * shape.input
                        misclassified.append(
                            MisclassifiedExample(
                                index: index, label: label, predicted: predicted,
                                probability: Self.softmaxProbability(outputs, at: predicted),
                                pixels: Array(data.testPixels[start..<start + shape.input])))
                    }
                }
                first += rows.count
            }
        }
        return LearnedNet(
            classNames: ClassNames.forDataset(named: data.summary.name, classes: shape.output), confusion: confusion,
            parameters: passes.parameters.parameters.roundedToFloat,
            imageRows: data.imageRows, imageColumns: data.imageColumns, misclassified: misclassified)
    }

    /// The index of the largest value, the first on a tie (as `NetPasses.correctCount` decides).
    static func largest(_ values: [Scalar]) -> Int {
        var best = 0
        for j in values.indices.dropFirst() where values[j] > values[best] { best = j }
        return best
    }

    /// The softmax of `outputs` at `index`, computed as the training's softmax computes it.
    static func softmaxProbability(_ outputs: [Scalar], at index: Int) -> Double {
        var values = outputs
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            NetPasses<Scalar>.softmaxInPlace(base, count: buffer.count)
        }
        return Double(values[index])
    }
}
