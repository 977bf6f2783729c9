/// A fixed-size block of values owned by a class and freed in `deinit`, so hot loops can use raw pointers
/// without copy-on-write checks.
final class OwnedBuffer<Element> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    /// `count` copies of `value`.
    init(count: Int, repeating value: Element) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: value, count: max(count, 1))
    }

    /// A copy of `values` (a non-empty array, or the buffer holds no values).
    convenience init(_ values: [Element]) {
        precondition(!values.isEmpty, "OwnedBuffer: no values to copy")
        self.init(count: values.count, repeating: values[0])
        for (index, value) in values.enumerated() { pointer[index] = value }
    }

    deinit {
        pointer.deinitialize(count: max(count, 1))
        pointer.deallocate()
    }

    /// The first `count` values (all by default) as an array.
    func array(count: Int? = nil) -> [Element] {
        Array(UnsafeBufferPointer(start: pointer, count: count ?? self.count))
    }
}

/// Scalars for the passes.
typealias ScalarBuffer<Scalar: TrainingScalar> = OwnedBuffer<Scalar>

extension OwnedBuffer where Element: TrainingScalar {
    /// `count` zeros.
    convenience init(count: Int) { self.init(count: count, repeating: 0) }

    /// Whether every value is finite: `x − x` is 0 for finite x and NaN for ±∞ or NaN, and NaN survives the sum.
    var isFinite: Bool {
        var lanes = SIMD8<Element>()
        var index = 0
        while index + 8 <= count {
            let values = UnsafeRawPointer(pointer + index).loadUnaligned(as: SIMD8<Element>.self)
            lanes += values - values
            index += 8
        }
        var rest: Element = 0
        while index < count {
            rest += pointer[index] - pointer[index]
            index += 1
        }
        return (lanes.sum() + rest).isFinite
    }
}

/// A net's parameters (or a gradient) in raw buffers, for the forward and backward passes.
final class ParameterBuffers<Scalar: TrainingScalar> {
    let shape: NetShape
    let w1: ScalarBuffer<Scalar>, b1: ScalarBuffer<Scalar>, w2: ScalarBuffer<Scalar>, b2: ScalarBuffer<Scalar>

    init(_ parameters: TwoLayerNetParameters<Scalar>) {
        shape = parameters.shape
        w1 = ScalarBuffer(parameters.w1.storage)
        b1 = ScalarBuffer(parameters.b1)
        w2 = ScalarBuffer(parameters.w2.storage)
        b2 = ScalarBuffer(parameters.b2)
    }

    /// The buffers' values as a value type.
    var parameters: TwoLayerNetParameters<Scalar> {
        TwoLayerNetParameters(shape: shape, w1: w1.array(), b1: b1.array(), w2: w2.array(), b2: b2.array())
    }

    /// Whether every parameter is finite.
    var isFinite: Bool { w1.isFinite && b1.isFinite && w2.isFinite && b2.isFinite }
}

/// Scratch space for passes over up to `capacity` examples: the inputs as scalars, the hidden layer, the
/// output layer and the hidden layer's gradient. One per thread, or one per batch cut into row blocks.
final class Activations<Scalar: TrainingScalar> {
    let shape: NetShape
    let capacity: Int
    let input: ScalarBuffer<Scalar>
    let hidden: ScalarBuffer<Scalar>
    let output: ScalarBuffer<Scalar>
    let hiddenGradient: ScalarBuffer<Scalar>

    init(shape: NetShape, capacity: Int) {
        self.shape = shape
        self.capacity = capacity
        input = ScalarBuffer(count: capacity * shape.input)
        hidden = ScalarBuffer(count: capacity * shape.hidden)
        output = ScalarBuffer(count: capacity * shape.output)
        hiddenGradient = ScalarBuffer(count: capacity * shape.hidden)
    }

    /// Rows `range` (within `0 ..< capacity`) of every buffer.
    func rows(_ range: Range<Int>) -> ActivationRows<Scalar> {
        precondition(
            range.lowerBound >= 0 && range.upperBound <= capacity, "Activations: rows \(range) outside 0..<\(capacity)")
        let first = range.lowerBound
        return ActivationRows(
            count: range.count, input: input.pointer + first * shape.input,
            hidden: hidden.pointer + first * shape.hidden,
            output: output.pointer + first * shape.output, hiddenGradient: hiddenGradient.pointer + first * shape.hidden
        )
    }

    /// The first `count` rows.
    func rows(_ count: Int) -> ActivationRows<Scalar> { rows(0..<count) }
}

/// A block of consecutive rows of an `Activations`: where the passes read their inputs and write each layer.
/// The owning `Activations` must outlive it.
struct ActivationRows<Scalar: TrainingScalar> {
    /// Rows in the block.
    let count: Int
    let input: UnsafeMutablePointer<Scalar>
    let hidden: UnsafeMutablePointer<Scalar>
    let output: UnsafeMutablePointer<Scalar>
    let hiddenGradient: UnsafeMutablePointer<Scalar>
}
