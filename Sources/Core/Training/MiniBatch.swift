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
    /// Where each block's touching loop leaves its result (one slot per block's first row).
    private let touchedPerRow: OwnedBuffer<UInt8>

    init(shape: NetShape, size: Int) {
        self.size = size
        activations = Activations(shape: shape, capacity: size)
        indices = OwnedBuffer(count: size, repeating: 0)
        labels = OwnedBuffer(count: size, repeating: 0)
        logLikelihoods = OwnedBuffer(count: size, repeating: 0)
        touchedPerRow = OwnedBuffer(count: size, repeating: 0)
    }

    /// Draws `size` indices uniformly from the training set, one `nextInt(below:)` per row in row order, and
    /// takes their labels. The pixels are converted by `fill(rows:from:)`.
    func draw(from data: TrainingData, generator: inout SeededGenerator) {
        for row in 0..<size {
            let index = generator.nextInt(below: data.summary.trainCount)
            indices.pointer[row] = index
            labels.pointer[row] = data.trainLabels[index]
        }
    }

    /// Normalises the pixels of the drawn examples of rows `rows` into the input rows.
    func fill(rows: Range<Int>, from data: TrainingData) {
        let inputs = data.pixelsPerImage
        data.trainPixels.withUnsafeBufferPointer { pixels in
            guard let pixels = pixels.baseAddress, !rows.isEmpty, inputs > 0 else { return }
            // Touch every cache line of the block's images first: independent loads, so the memory system
            // fetches them side by side instead of one row's first misses after another's.
            var touched: UInt8 = 0
            for row in rows {
                let image = pixels + indices.pointer[row] * inputs
                for offset in stride(from: 0, to: inputs, by: 64) { touched &+= image[offset] }
                touched &+= image[inputs - 1]  // the last line, when the image does not start on a line
            }
            touchedPerRow.pointer[rows.lowerBound] = touched  // kept, so the loads are not optimised away
            for row in rows {
                Scalar.normalisePixels(
                    pixels + indices.pointer[row] * inputs, count: inputs,
                    into: activations.input.pointer + row * inputs)
            }
        }
    }
}
