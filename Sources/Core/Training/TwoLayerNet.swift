/// The book's `TwoLayerNet` (section 4.5): affine → sigmoid → affine → softmax, trained on the cross-entropy
/// loss. A batch `x` is a `Matrix` with one example per row (`rows × shape.input`); targets are class indices
/// (the book's one-hot rows, stored compactly).
///
/// Batches and labels must fit the shape (`x.columns == input`, at least one row, one label per row, every
/// label `< output`): these are programming errors and stop the program. Data from files is checked by the IDX
/// loader before it gets here.
public struct TwoLayerNet<Scalar: TrainingScalar>: Sendable {
    /// Weights and biases.
    public var parameters: TwoLayerNetParameters<Scalar>
    /// The matrix-product implementation.
    public var kernel: ProductKernel

    /// The layer sizes.
    public var shape: NetShape { parameters.shape }

    /// A net with the given parameters.
    public init(parameters: TwoLayerNetParameters<Scalar>, kernel: ProductKernel = .blas) {
        self.parameters = parameters
        self.kernel = kernel
    }

    /// A freshly initialised net as in the book: Gaussian weights with standard deviation `weightInitStd`
    /// drawn from `generator`, zero biases.
    public init(
        shape: NetShape = .book, weightInitStd: Double = 0.01, generator: inout SeededGenerator,
        kernel: ProductKernel = .blas
    ) {
        self.init(
            parameters: TwoLayerNetParameters(shape: shape, weightInitStd: weightInitStd, generator: &generator),
            kernel: kernel)
    }

    /// Class probabilities (softmax outputs), `rows × output`.
    public func predict(_ x: Matrix<Scalar>) -> Matrix<Scalar> {
        withPass(x, labels: nil) { passes, _, batch in
            passes.forward(batch, softmax: true)
            return Matrix(
                uncheckedRows: batch.count, columns: shape.output,
                storage: Array(UnsafeBufferPointer(start: batch.output, count: batch.count * shape.output)))
        }
    }

    /// The mean cross-entropy error of the batch, `-Σ log(y[t] + 1e-7) / rows`.
    public func loss(_ x: Matrix<Scalar>, labels: [Int]) -> Double {
        withPass(x, labels: labels) { passes, labels, batch in
            passes.forward(batch, softmax: true)
            return passes.loss(labels: labels, block: batch)
        }
    }

    /// The fraction of rows whose most probable class is the label.
    public func accuracy(_ x: Matrix<Scalar>, labels: [Int]) -> Double {
        withPass(x, labels: labels) { passes, labels, batch in
            passes.forward(batch, softmax: true)
            return Double(passes.correctCount(labels: labels, block: batch)) / Double(batch.count)
        }
    }

    /// The gradient of `loss` with respect to every parameter, by backpropagation.
    public func gradient(_ x: Matrix<Scalar>, labels: [Int]) -> TwoLayerNetParameters<Scalar> {
        let gradient = ParameterBuffers(TwoLayerNetParameters<Scalar>(zerosFor: shape))
        withPass(x, labels: labels) { passes, labels, batch in
            passes.forward(batch, softmax: true)
            passes.backward(labels: labels, batch: batch, into: gradient, alpha: 1, beta: 0)
        }
        return gradient.parameters
    }

    /// The gradient of `loss` by central differences `(L(p + h) − L(p − h)) / 2h`, one parameter at a time:
    /// the book's slow, simple reference (`numerical_gradient`).
    public func numericalGradient(_ x: Matrix<Scalar>, labels: [Int], h: Scalar = 1e-4) -> TwoLayerNetParameters<Scalar>
    {
        let flat = parameters.named.map(\.values)
        var estimates = flat
        for (part, values) in flat.enumerated() {
            for index in values.indices {
                var probe = flat
                probe[part][index] = values[index] + h
                let above = lossOfFlat(probe, x: x, labels: labels)
                probe[part][index] = values[index] - h
                let below = lossOfFlat(probe, x: x, labels: labels)
                estimates[part][index] = Scalar((above - below) / (2 * Double(h)))
            }
        }
        return TwoLayerNetParameters(
            shape: shape, w1: estimates[0], b1: estimates[1], w2: estimates[2], b2: estimates[3])
    }

    /// The loss with the parameters given as flat arrays in the order of `TwoLayerNetParameters.named`.
    private func lossOfFlat(_ flat: [[Scalar]], x: Matrix<Scalar>, labels: [Int]) -> Double {
        let probe = TwoLayerNet(
            parameters: TwoLayerNetParameters(shape: shape, w1: flat[0], b1: flat[1], w2: flat[2], b2: flat[3]),
            kernel: kernel)
        return probe.loss(x, labels: labels)
    }

    /// Checks the batch against the shape and runs `body` with raw buffers and scratch space for it.
    private func withPass<Result>(
        _ x: Matrix<Scalar>, labels: [Int]?,
        _ body: (NetPasses<Scalar>, UnsafePointer<Int>, ActivationRows<Scalar>) -> Result
    ) -> Result {
        precondition(
            x.columns == shape.input, "TwoLayerNet: the batch has \(x.columns) columns, the net \(shape.input) inputs")
        precondition(x.rows > 0, "TwoLayerNet: the batch is empty")
        let labels = labels ?? [Int](repeating: 0, count: x.rows)
        precondition(labels.count == x.rows, "TwoLayerNet: \(labels.count) labels for \(x.rows) examples")
        precondition(
            labels.allSatisfy { (0..<shape.output).contains($0) }, "TwoLayerNet: a label is not in 0..<\(shape.output)")
        let passes = NetPasses(parameters: ParameterBuffers(parameters), kernel: kernel)
        let scratch = Activations<Scalar>(shape: shape, capacity: x.rows)
        scratch.input.pointer.update(from: x.storage, count: x.rows * shape.input)
        let labelBuffer = OwnedBuffer(labels)
        return withExtendedLifetime((scratch, labelBuffer)) { body(passes, labelBuffer.pointer, scratch.rows(x.rows)) }
    }
}
