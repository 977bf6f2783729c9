/// A fixed-size block of scalars owned by a class and freed in `deinit`, so hot loops can use raw pointers
/// without copy-on-write checks.
final class ScalarBuffer<Scalar: TrainingScalar> {
    let pointer: UnsafeMutablePointer<Scalar>
    let count: Int

    init(count: Int) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
    }

    convenience init(_ values: [Scalar]) {
        self.init(count: values.count)
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.update(from: base, count: values.count) }
        }
    }

    deinit { pointer.deallocate() }

    /// The values as an array.
    var array: [Scalar] { Array(UnsafeBufferPointer(start: pointer, count: count)) }

    /// Whether every value is finite: `x − x` is 0 for finite x and NaN for ±∞ or NaN, and NaN survives the sum.
    var isFinite: Bool {
        var lanes = SIMD8<Scalar>()
        var index = 0
        while index + 8 <= count {
            let values = UnsafeRawPointer(pointer + index).loadUnaligned(as: SIMD8<Scalar>.self)
            lanes += values - values
            index += 8
        }
        var rest: Scalar = 0
        while index < count {
            rest += pointer[index] - pointer[index]
            index += 1
        }
        return (lanes.sum() + rest).isFinite
    }
}

/// Class indices in a buffer owned by a class (freed in `deinit`), for the passes' label pointer.
final class LabelBuffer {
    let pointer: UnsafeMutablePointer<Int>
    let count: Int

    init(count: Int) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
    }

    convenience init(_ values: [Int]) {
        self.init(count: values.count)
        for (index, value) in values.enumerated() { pointer[index] = value }
    }

    deinit { pointer.deallocate() }
}

/// A net's parameters (or a gradient) in raw buffers, for the forward and backward passes.
final class ParameterBuffers<Scalar: TrainingScalar> {
    let shape: NetShape
    let w1: ScalarBuffer<Scalar>, b1: ScalarBuffer<Scalar>, w2: ScalarBuffer<Scalar>, b2: ScalarBuffer<Scalar>

    init(_ parameters: TwoLayerNetParameters<Scalar>) {
        shape = parameters.shape
        w1 = ScalarBuffer(parameters.w1)
        b1 = ScalarBuffer(parameters.b1)
        w2 = ScalarBuffer(parameters.w2)
        b2 = ScalarBuffer(parameters.b2)
    }

    /// The buffers' values as a value type.
    var parameters: TwoLayerNetParameters<Scalar> {
        var result = TwoLayerNetParameters<Scalar>(zerosFor: shape)
        result.w1 = w1.array
        result.b1 = b1.array
        result.w2 = w2.array
        result.b2 = b2.array
        return result
    }

    /// Whether every parameter is finite.
    var isFinite: Bool { w1.isFinite && b1.isFinite && w2.isFinite && b2.isFinite }
}

/// Scratch space for passes over up to `capacity` examples: the inputs as scalars, the hidden layer, the
/// output layer and the hidden layer's gradient. One per thread.
final class Activations<Scalar: TrainingScalar> {
    let capacity: Int
    let input: ScalarBuffer<Scalar>
    let hidden: ScalarBuffer<Scalar>
    let output: ScalarBuffer<Scalar>
    let hiddenGradient: ScalarBuffer<Scalar>

    init(shape: NetShape, capacity: Int) {
        self.capacity = capacity
        input = ScalarBuffer(count: capacity * shape.input)
        hidden = ScalarBuffer(count: capacity * shape.hidden)
        output = ScalarBuffer(count: capacity * shape.output)
        hiddenGradient = ScalarBuffer(count: capacity * shape.hidden)
    }
}
