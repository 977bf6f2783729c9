/// The forward and backward passes of the two-layer net on raw buffers: affine → sigmoid → affine → softmax,
/// cross-entropy loss, and backpropagation as in the book's chapter 5 (`TwoLayerNet.gradient`).
struct NetPasses<Scalar: TrainingScalar> {
    /// The book's `cross_entropy_error` adds this inside the logarithm so `log 0` never occurs.
    static var logEpsilon: Scalar { 1e-7 }

    let parameters: ParameterBuffers<Scalar>
    let kernel: ProductKernel
    /// Threads for the first layer's two large products (the result does not depend on it).
    var threads = 1
    var shape: NetShape { parameters.shape }
    private var split: SplitProduct { SplitProduct(kernel: kernel, threads: threads) }

    /// Hidden = sigmoid(x · W1 + b1), output = x · W2 + b2, then (if `softmax`) a softmax per row.
    /// `x` holds `rows` examples, row-major; `rows` ≤ `scratch.capacity`.
    func forward(x: UnsafePointer<Scalar>, rows: Int, scratch: Activations<Scalar>, softmax: Bool) {
        let (hidden, output) = (scratch.hidden.pointer, scratch.output.pointer)
        split.multiply(ProductShape(m: rows, n: shape.hidden, k: shape.input), a: x, b: parameters.w1.pointer, c: hidden)
        let b1 = parameters.b1.pointer
        for row in 0 ..< rows {
            let h = hidden + row * shape.hidden
            for j in 0 ..< shape.hidden { h[j] = 1 / (1 + Scalar.exponential(-(h[j] + b1[j]))) }
        }
        kernel.multiply(ProductShape(m: rows, n: shape.output, k: shape.hidden), a: hidden, b: parameters.w2.pointer, c: output)
        let b2 = parameters.b2.pointer
        for row in 0 ..< rows {
            let y = output + row * shape.output
            for j in 0 ..< shape.output { y[j] += b2[j] }
            if softmax { Self.softmaxInPlace(y, count: shape.output) }
        }
    }

    /// The mean cross-entropy `-Σ log(y[label] + 1e-7) / rows` of the last forward pass (with softmax).
    func loss(labels: UnsafePointer<Int>, rows: Int, scratch: Activations<Scalar>) -> Double {
        var sum = 0.0
        for row in 0 ..< rows {
            let y = scratch.output.pointer[row * shape.output + labels[row]]
            sum += Double(Scalar.logarithm(y + Self.logEpsilon))
        }
        return -sum / Double(rows)
    }

    /// How many rows of the last forward pass have their largest output at the label (first maximum wins).
    func correctCount(labels: UnsafePointer<Int>, rows: Int, scratch: Activations<Scalar>) -> Int {
        var correct = 0
        for row in 0 ..< rows {
            let y = scratch.output.pointer + row * shape.output
            var best = 0
            for j in 1 ..< shape.output where y[j] > y[best] { best = j }
            if best == labels[row] { correct += 1 }
        }
        return correct
    }

    /// Backpropagation after a forward pass with softmax on the same `x`: computes the gradient of the mean
    /// loss and writes `destination = beta · destination + alpha · gradient` for every parameter.
    /// With `destination` = the net's own parameters, `alpha = -lr`, `beta = 1` this is one SGD step; W2 is
    /// read before it is updated. Overwrites the scratch's output with dL/d(output).
    func backward(
        x: UnsafePointer<Scalar>, labels: UnsafePointer<Int>, rows: Int, scratch: Activations<Scalar>,
        into destination: ParameterBuffers<Scalar>, alpha: Scalar, beta: Scalar
    ) {
        let (hidden, dy, dHidden) = (scratch.hidden.pointer, scratch.output.pointer, scratch.hiddenGradient.pointer)
        let scale = 1 / Scalar(rows)
        for row in 0 ..< rows {
            let y = dy + row * shape.output
            y[labels[row]] -= 1
            for j in 0 ..< shape.output { y[j] *= scale }
        }
        // dHidden = dy · W2ᵀ, with the old W2.
        kernel.multiply(ProductShape(transposeB: true, m: rows, n: shape.hidden, k: shape.output), a: dy, b: parameters.w2.pointer, c: dHidden)
        kernel.multiply(ProductShape(transposeA: true, m: shape.hidden, n: shape.output, k: rows), alpha: alpha, a: hidden, b: dy, beta: beta, c: destination.w2.pointer)
        Self.accumulateColumnSums(dy, rows: rows, columns: shape.output, alpha: alpha, beta: beta, into: destination.b2.pointer)
        for index in 0 ..< rows * shape.hidden {
            let z = hidden[index]
            dHidden[index] *= (1 - z) * z
        }
        split.multiply(ProductShape(transposeA: true, m: shape.input, n: shape.hidden, k: rows), alpha: alpha, a: x, b: dHidden, beta: beta, c: destination.w1.pointer)
        Self.accumulateColumnSums(dHidden, rows: rows, columns: shape.hidden, alpha: alpha, beta: beta, into: destination.b1.pointer)
    }

    /// `destination[j] = beta · destination[j] + alpha · Σ_rows values[row, j]`.
    static func accumulateColumnSums(
        _ values: UnsafePointer<Scalar>, rows: Int, columns: Int, alpha: Scalar, beta: Scalar, into destination: UnsafeMutablePointer<Scalar>
    ) {
        for j in 0 ..< columns {
            var sum: Scalar = 0
            for row in 0 ..< rows { sum += values[row * columns + j] }
            destination[j] = (beta == 0 ? 0 : beta * destination[j]) + alpha * sum
        }
    }

    /// Softmax of `count` values in place, after subtracting their maximum (no overflow).
    static func softmaxInPlace(_ y: UnsafeMutablePointer<Scalar>, count: Int) {
        var maximum = y[0]
        for j in 1 ..< count where y[j] > maximum { maximum = y[j] }
        var sum: Scalar = 0
        for j in 0 ..< count {
            y[j] = Scalar.exponential(y[j] - maximum)
            sum += y[j]
        }
        for j in 0 ..< count { y[j] /= sum }
    }
}
