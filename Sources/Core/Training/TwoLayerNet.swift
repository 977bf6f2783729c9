/// The book's `TwoLayerNet` (section 4.5): affine → sigmoid → affine → softmax, trained on the cross-entropy
/// loss. Inputs are row-major batches (`rows × shape.input`), targets are class indices (the book's one-hot
/// rows, stored compactly).
///
/// Batches and labels must fit the shape (`x.count == rows × input`, every label `< output`): these are
/// programming errors and stop the program. Data from files is checked by the IDX loader before it gets here.
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
    public init(shape: NetShape = .book, weightInitStd: Double = 0.01, generator: inout SeededGenerator, kernel: ProductKernel = .blas) {
        self.init(parameters: TwoLayerNetParameters(shape: shape, weightInitStd: weightInitStd, generator: &generator), kernel: kernel)
    }

    /// Class probabilities (softmax outputs), `rows × output`, row-major.
    public func predict(_ x: [Scalar]) -> [Scalar] {
        withPass(x, labels: nil) { passes, input, _, rows, scratch in
            passes.forward(x: input, rows: rows, scratch: scratch, softmax: true)
            return Array(UnsafeBufferPointer(start: scratch.output.pointer, count: rows * shape.output))
        }
    }

    /// The mean cross-entropy error of the batch, `-Σ log(y[t] + 1e-7) / rows`.
    public func loss(_ x: [Scalar], labels: [Int]) -> Double {
        withPass(x, labels: labels) { passes, input, labels, rows, scratch in
            passes.forward(x: input, rows: rows, scratch: scratch, softmax: true)
            return passes.loss(labels: labels, rows: rows, scratch: scratch)
        }
    }

    /// The fraction of rows whose most probable class is the label.
    public func accuracy(_ x: [Scalar], labels: [Int]) -> Double {
        withPass(x, labels: labels) { passes, input, labels, rows, scratch in
            passes.forward(x: input, rows: rows, scratch: scratch, softmax: true)
            return Double(passes.correctCount(labels: labels, rows: rows, scratch: scratch)) / Double(max(rows, 1))
        }
    }

    /// The gradient of `loss` with respect to every parameter, by backpropagation.
    public func gradient(_ x: [Scalar], labels: [Int]) -> TwoLayerNetParameters<Scalar> {
        let gradient = ParameterBuffers(TwoLayerNetParameters<Scalar>(zerosFor: shape))
        withPass(x, labels: labels) { passes, input, labels, rows, scratch in
            passes.forward(x: input, rows: rows, scratch: scratch, softmax: true)
            passes.backward(x: input, labels: labels, rows: rows, scratch: scratch, into: gradient, alpha: 1, beta: 0)
        }
        return gradient.parameters
    }

    /// The gradient of `loss` by central differences `(L(p + h) − L(p − h)) / 2h`, one parameter at a time:
    /// the book's slow, simple reference (`numerical_gradient`).
    public func numericalGradient(_ x: [Scalar], labels: [Int], h: Scalar = 1e-4) -> TwoLayerNetParameters<Scalar> {
        var probe = self
        var result = TwoLayerNetParameters<Scalar>(zerosFor: shape)
        let paths: [WritableKeyPath<TwoLayerNetParameters<Scalar>, [Scalar]>] = [\.w1, \.b1, \.w2, \.b2]
        for path in paths {
            for index in parameters[keyPath: path].indices {
                let original = parameters[keyPath: path][index]
                probe.parameters[keyPath: path][index] = original + h
                let above = probe.loss(x, labels: labels)
                probe.parameters[keyPath: path][index] = original - h
                let below = probe.loss(x, labels: labels)
                probe.parameters[keyPath: path][index] = original
                result[keyPath: path][index] = Scalar((above - below) / (2 * Double(h)))
            }
        }
        return result
    }

    /// Checks the batch against the shape and runs `body` with raw buffers and scratch space for it.
    private func withPass<Result>(
        _ x: [Scalar], labels: [Int]?,
        _ body: (NetPasses<Scalar>, UnsafePointer<Scalar>, UnsafePointer<Int>, Int, Activations<Scalar>) -> Result
    ) -> Result {
        precondition(x.count % shape.input == 0, "TwoLayerNet: the batch has \(x.count) values, not a multiple of \(shape.input)")
        let rows = x.count / shape.input
        precondition(rows > 0, "TwoLayerNet: the batch is empty")
        let labels = labels ?? [Int](repeating: 0, count: rows)
        precondition(labels.count == rows, "TwoLayerNet: \(labels.count) labels for \(rows) examples")
        precondition(labels.allSatisfy { (0 ..< shape.output).contains($0) }, "TwoLayerNet: a label is not in 0..<\(shape.output)")
        let passes = NetPasses(parameters: ParameterBuffers(parameters), kernel: kernel)
        let scratch = Activations<Scalar>(shape: shape, capacity: rows)
        let input = ScalarBuffer(x)
        let labelBuffer = LabelBuffer(labels)
        return body(passes, input.pointer, UnsafePointer(labelBuffer.pointer), rows, scratch)
    }
}
