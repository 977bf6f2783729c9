/// The forward and backward passes of the two-layer net on raw buffers: affine → sigmoid → affine → softmax,
/// cross-entropy loss, and backpropagation as in the book's chapter 5 (`TwoLayerNet.gradient`).
///
/// Every pass works on a block of rows (`ActivationRows`), and the backward pass is cut into a per-row part
/// and per-parameter-row parts, so a training step can spread them over threads in fixed pieces: each row of
/// every result is computed by the same operations whichever piece it falls in, and whichever thread runs it.
struct NetPasses<Scalar: TrainingScalar> {
    /// The book's `cross_entropy_error` adds this inside the logarithm so `log 0` never occurs.
    static var logEpsilon: Scalar { 1e-7 }

    let parameters: ParameterBuffers<Scalar>
    let kernel: ProductKernel
    var shape: NetShape { parameters.shape }

    /// Hidden = sigmoid(input · W1 + b1), output = hidden · W2 + b2, then (if `softmax`) a softmax per row.
    func forward(_ block: ActivationRows<Scalar>, softmax: Bool) {
        let (rows, hidden, output) = (block.count, block.hidden, block.output)
        kernel.multiply(
            ProductShape(m: rows, n: shape.hidden, k: shape.input), a: block.input, b: parameters.w1.pointer, c: hidden)
        let b1 = parameters.b1.pointer
        for row in 0..<rows {
            let h = hidden + row * shape.hidden
            for j in 0..<shape.hidden { h[j] = 1 / (1 + Scalar.exponential(-(h[j] + b1[j]))) }
        }
        kernel.multiply(
            ProductShape(m: rows, n: shape.output, k: shape.hidden), a: hidden, b: parameters.w2.pointer, c: output)
        let b2 = parameters.b2.pointer
        for row in 0..<rows {
            let y = output + row * shape.output
            for j in 0..<shape.output { y[j] += b2[j] }
            if softmax { Self.softmaxInPlace(y, count: shape.output) }
        }
    }

    /// Each row's `log(y[label] + 1e-7)` after a forward pass with softmax, into `terms[0 ..< block.count]`.
    func logLikelihoods(
        labels: UnsafePointer<Int>, block: ActivationRows<Scalar>, into terms: UnsafeMutablePointer<Double>
    ) {
        for row in 0..<block.count {
            let y = block.output[row * shape.output + labels[row]]
            terms[row] = Double(Scalar.logarithm(y + Self.logEpsilon))
        }
    }

    /// The mean cross-entropy `-Σ log(y[label] + 1e-7) / rows` of the last forward pass (with softmax).
    func loss(labels: UnsafePointer<Int>, block: ActivationRows<Scalar>) -> Double {
        let terms = OwnedBuffer<Double>(count: block.count, repeating: 0)
        logLikelihoods(labels: labels, block: block, into: terms.pointer)
        return Self.meanLoss(terms.pointer, count: block.count)
    }

    /// `-Σ terms / count`, summed in row order.
    static func meanLoss(_ terms: UnsafePointer<Double>, count: Int) -> Double {
        var sum = 0.0
        for row in 0..<count { sum += terms[row] }
        return -sum / Double(count)
    }

    /// How many rows of the last forward pass have their largest output at the label (first maximum wins).
    func correctCount(labels: UnsafePointer<Int>, block: ActivationRows<Scalar>) -> Int {
        var correct = 0
        for row in 0..<block.count {
            let y = block.output + row * shape.output
            var best = 0
            for j in 1..<shape.output where y[j] > y[best] { best = j }
            if best == labels[row] { correct += 1 }
        }
        return correct
    }

    /// Backpropagation after a forward pass with softmax: the gradient of the mean loss over the batch, written as
    /// `destination = beta · destination + alpha · gradient` for every parameter. With `destination` = the net's
    /// own parameters, `alpha = -lr`, `beta = 1` this is one SGD step (W2 is read before it is updated).
    func backward(
        labels: UnsafePointer<Int>, batch: ActivationRows<Scalar>, into destination: ParameterBuffers<Scalar>,
        alpha: Scalar, beta: Scalar
    ) {
        backPropagateRows(labels: labels, block: batch, batchRows: batch.count)
        updateSecondLayer(batch: batch, into: destination, alpha: alpha, beta: beta)
        updateFirstLayer(inputs: 0..<shape.input, batch: batch, into: destination, alpha: alpha, beta: beta)
    }

    /// The per-row part of backpropagation for one block of a batch of `batchRows` rows: overwrites the output
    /// with dL/d(output) = (y − onehot) / batchRows and fills the hidden gradient dL/d(hidden pre-activation)
    /// = (dy · W2ᵀ) ⊙ z(1 − z), with the W2 of the forward pass.
    func backPropagateRows(labels: UnsafePointer<Int>, block: ActivationRows<Scalar>, batchRows: Int) {
        let (rows, hidden, dy, dHidden) = (block.count, block.hidden, block.output, block.hiddenGradient)
        let scale = 1 / Scalar(batchRows)
        for row in 0..<rows {
            let y = dy + row * shape.output
            y[labels[row]] -= 1
            for j in 0..<shape.output { y[j] *= scale }
        }
        kernel.multiply(
            ProductShape(transposeB: true, m: rows, n: shape.hidden, k: shape.output), a: dy, b: parameters.w2.pointer,
            c: dHidden)
        for index in 0..<rows * shape.hidden {
            let z = hidden[index]
            dHidden[index] *= (1 - z) * z
        }
    }

    /// W2, b2 and b1 from the whole batch's gradients (after `backPropagateRows` on every row).
    func updateSecondLayer(
        batch: ActivationRows<Scalar>, into destination: ParameterBuffers<Scalar>, alpha: Scalar, beta: Scalar
    ) {
        let rows = batch.count
        kernel.multiply(
            ProductShape(transposeA: true, m: shape.hidden, n: shape.output, k: rows), alpha: alpha, a: batch.hidden,
            b: batch.output,
            beta: beta, c: destination.w2.pointer)
        Self.accumulateColumnSums(
            batch.output, rows: rows, columns: shape.output, alpha: alpha, beta: beta, into: destination.b2.pointer)
        Self.accumulateColumnSums(
            batch.hiddenGradient, rows: rows, columns: shape.hidden, alpha: alpha, beta: beta,
            into: destination.b1.pointer)
    }

    /// Rows `inputs` of W1 (one per input pixel) from the whole batch's hidden gradient: W1[inputs] =
    /// beta · W1[inputs] + alpha · x[:, inputs]ᵀ · dHidden.
    func updateFirstLayer(
        inputs: Range<Int>, batch: ActivationRows<Scalar>, into destination: ParameterBuffers<Scalar>, alpha: Scalar,
        beta: Scalar
    ) {
        let whole = ProductShape(transposeA: true, m: shape.input, n: shape.hidden, k: batch.count)
        let (part, aOffset, cOffset) = whole.slice(rows: inputs)
        kernel.multiply(
            part, alpha: alpha, a: batch.input + aOffset, b: batch.hiddenGradient, beta: beta,
            c: destination.w1.pointer + cOffset)
    }

    /// `destination[j] = beta · destination[j] + alpha · Σ_rows values[row, j]`.
    static func accumulateColumnSums(
        _ values: UnsafePointer<Scalar>, rows: Int, columns: Int, alpha: Scalar, beta: Scalar,
        into destination: UnsafeMutablePointer<Scalar>
    ) {
        for j in 0..<columns {
            var sum: Scalar = 0
            for row in 0..<rows { sum += values[row * columns + j] }
            destination[j] = (beta == 0 ? 0 : beta * destination[j]) + alpha * sum
        }
    }

    /// Softmax of `count` values in place, after subtracting their maximum (no overflow).
    static func softmaxInPlace(_ y: UnsafeMutablePointer<Scalar>, count: Int) {
        var maximum = y[0]
        for j in 1..<count where y[j] > maximum { maximum = y[j] }
        var sum: Scalar = 0
        for j in 0..<count {
            y[j] = Scalar.exponential(y[j] - maximum)
            sum += y[j]
        }
        for j in 0..<count { y[j] /= sum }
    }
}
