/// The mini-batch of one iteration: `size` examples drawn with replacement, pixels normalised into scalars,
/// and room for each row's loss term.
final class MiniBatch<Scalar: TrainingScalar> {
    let size: Int
    let activations: Activations<Scalar>
    /// The drawn examples' indices in the training set.
    let indices: OwnedBuffer<Int>
    let labels: OwnedBuffer<Int>
    /// Each row's `log(y[label] + 1e-7)` after the update.
    let logLikelihoods: OwnedBuffer<Double>

    init(shape: NetShape, size: Int) {
        self.size = size
        activations = Activations(shape: shape, capacity: size)
        indices = OwnedBuffer(count: size, repeating: 0)
        labels = OwnedBuffer(count: size, repeating: 0)
        logLikelihoods = OwnedBuffer(count: size, repeating: 0)
    }

    /// Draws `size` indices uniformly from the training set, one `nextInt(below:)` per row in row order, and
    /// takes their labels. The pixels are filled by `fill(rows:from:)`.
    func draw(from data: TrainingData, generator: inout SeededGenerator) {
        for row in 0 ..< size {
            let index = generator.nextInt(below: data.summary.trainCount)
            indices.pointer[row] = index
            labels.pointer[row] = data.trainLabels[index]
        }
    }

    /// Normalises the pixels of the drawn examples of rows `rows` into the input rows.
    func fill(rows: Range<Int>, from data: TrainingData) {
        let inputs = data.pixelsPerImage
        data.trainPixels.withUnsafeBufferPointer { pixels in
            guard let pixels = pixels.baseAddress else { return }
            for row in rows {
                Scalar.normalisePixels(pixels + indices.pointer[row] * inputs, count: inputs, into: activations.input.pointer + row * inputs)
            }
        }
    }
}
