import Foundation
import Testing

@testable import Core

@Suite("Seeded generator")
struct TwoLayerNetGeneratorTests {
    @Test("xoshiro256** seeded by SplitMix64 matches an independent implementation")
    func referenceStream() {
        // First outputs computed with the reference algorithms (Python transcription of splitmix64.c and
        // xoshiro256starstar.c) for seeds 0 and 1.
        var zero = SeededGenerator(seed: 0)
        #expect(
            [zero.next(), zero.next(), zero.next()] == [
                0x99ec_5f36_cb75_f2b4, 0xbf6e_1f78_4956_452a, 0x1a5f_849d_4933_e6e0,
            ])
        var one = SeededGenerator(seed: 1)
        #expect(
            [one.next(), one.next(), one.next()] == [
                0xb3f2_af6d_0fc7_10c5, 0x853b_5596_4736_4cea, 0x92f8_9756_082a_4514,
            ])
    }

    @Test("bounded integers stay in range and cover it; Gaussians have mean 0 and deviation 1")
    func distributions() {
        var generator = SeededGenerator(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let value = generator.nextInt(below: 10)
            #expect((0..<10).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 10)
        let samples = (0..<20_000).map { _ in generator.nextGaussian() }
        let mean = samples.reduce(0, +) / Double(samples.count)
        let deviation = (samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(samples.count)).squareRoot()
        #expect(abs(mean) < 0.03 && abs(deviation - 1) < 0.03)
    }
}

@Suite("Two-layer net")
struct TwoLayerNetTests {
    /// A small net with weights large enough that every gradient entry matters.
    static func tinyNet(seed: UInt64 = 3) throws -> (net: TwoLayerNet<Double>, x: Matrix<Double>, labels: [Int]) {
        var generator = SeededGenerator(seed: seed)
        let net = TwoLayerNet<Double>(
            shape: NetShape(input: 6, hidden: 5, output: 4), weightInitStd: 0.7, generator: &generator)
        let x = try Matrix(rows: 7, columns: 6, storage: (0..<7 * 6).map { _ in generator.nextUnitDouble() })
        let labels = (0..<7).map { _ in generator.nextInt(below: 4) }
        return (net, x, labels)
    }

    @Test(
        "backpropagation agrees with the numerical gradient to a relative 1e-6 (Double)",
        arguments: [ProductKernel.blas, .swift])
    func gradientCheck(kernel: ProductKernel) throws {
        var (net, x, labels) = try Self.tinyNet()
        net.kernel = kernel
        // Give the biases values too, so their gradients are checked away from zero.
        var generator = SeededGenerator(seed: 11)
        for i in net.parameters.b1.indices { net.parameters.b1[i] = generator.nextGaussian() * 0.3 }
        for i in net.parameters.b2.indices { net.parameters.b2[i] = generator.nextGaussian() * 0.3 }
        let backprop = net.gradient(x, labels: labels)
        let numerical = net.numericalGradient(x, labels: labels)
        for ((name, analytic), (_, estimate)) in zip(backprop.named, numerical.named) {
            let difference = zip(analytic, estimate).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
            let scale = max(
                analytic.map { $0 * $0 }.reduce(0, +).squareRoot(), estimate.map { $0 * $0 }.reduce(0, +).squareRoot())
            #expect(scale > 1e-4, "\(name): gradient too small to check")
            #expect(difference / scale <= 1e-6, "\(name): relative error \(difference / scale)")
        }
    }

    @Test("the book's initialisation: weights with std 0.01, zero biases, a first loss near ln 10")
    func initialisation() throws {
        var generator = SeededGenerator(seed: 1)
        let net = TwoLayerNet<Float>(generator: &generator)
        #expect(net.shape == .book)
        #expect(net.parameters.b1.allSatisfy { $0 == 0 } && net.parameters.b2.allSatisfy { $0 == 0 })
        #expect(net.parameters.w1.rows == 784 && net.parameters.w1.columns == 50)
        let w1 = net.parameters.w1.storage.map(Double.init)
        let std = (w1.map { $0 * $0 }.reduce(0, +) / Double(w1.count)).squareRoot()
        #expect(abs(std - 0.01) < 0.0003)
        let x = try Matrix(
            rows: 20, columns: 784, storage: (0..<20 * 784).map { _ in Float(generator.nextUnitDouble()) })
        let labels = (0..<20).map { _ in generator.nextInt(below: 10) }
        #expect(abs(net.loss(x, labels: labels) - log(10)) < 0.02)
        let probabilities = net.predict(x)
        #expect(probabilities.rows == 20 && probabilities.columns == 10)
        for row in 0..<20 {
            #expect(abs(try probabilities.row(row).reduce(0, +) - 1) < 1e-5)
        }
        #expect((0...1).contains(net.accuracy(x, labels: labels)))
    }

    @Test("the same seed gives the same weights; another seed different ones")
    func seededWeights() {
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5), c = SeededGenerator(seed: 6)
        let shape = NetShape(input: 10, hidden: 4, output: 3)
        let first = TwoLayerNetParameters<Float>(shape: shape, generator: &a)
        #expect(first == TwoLayerNetParameters<Float>(shape: shape, generator: &b))
        #expect(first != TwoLayerNetParameters<Float>(shape: shape, generator: &c))
    }
}

@Suite("Matrix products")
struct TwoLayerNetProductTests {
    /// The definition, one dot product per entry.
    static func naive(
        _ shape: ProductShape, _ a: [Double], _ b: [Double], _ c: [Double], alpha: Double, beta: Double
    ) -> [Double] {
        var result = c
        for i in 0..<shape.m {
            for j in 0..<shape.n {
                var sum = 0.0
                for p in 0..<shape.k {
                    let aValue = shape.transposeA ? a[p * shape.lda + i] : a[i * shape.lda + p]
                    let bValue = shape.transposeB ? b[j * shape.ldb + p] : b[p * shape.ldb + j]
                    sum += aValue * bValue
                }
                result[i * shape.ldc + j] = alpha * sum + beta * c[i * shape.ldc + j]
            }
        }
        return result
    }

    @Test(
        "BLAS and the blocked Swift kernel, whole and cut into row blocks, match the definition",
        arguments: [(false, false), (true, false), (false, true), (true, true)])
    func products(transposes: (Bool, Bool)) {
        var generator = SeededGenerator(seed: 9)
        for (m, n, k) in [(1, 1, 1), (5, 17, 3), (70, 50, 33), (9, 33, 0)] {
            let shape = ProductShape(transposeA: transposes.0, transposeB: transposes.1, m: m, n: n, k: k)
            let a = (0..<m * k).map { _ in generator.nextGaussian() }
            let b = (0..<k * n).map { _ in generator.nextGaussian() }
            let c = (0..<m * n).map { _ in generator.nextGaussian() }
            let expected = Self.naive(shape, a, b, c, alpha: -0.5, beta: 1)
            for kernel in ProductKernel.allCases {
                for pieces in [1, 2, 3] {
                    var result = c
                    a.withUnsafeBufferPointer { a in
                        b.withUnsafeBufferPointer { b in
                            result.withUnsafeMutableBufferPointer { r in
                                guard let ra = r.baseAddress else { return }
                                for piece in 0..<pieces {
                                    let (part, aOffset, cOffset) = shape.slice(
                                        rows: m * piece / pieces..<m * (piece + 1) / pieces)
                                    kernel.multiply(
                                        part, alpha: -0.5, a: (a.baseAddress ?? UnsafePointer(ra)) + aOffset,
                                        b: b.baseAddress ?? UnsafePointer(ra), beta: 1, c: ra + cOffset)
                                }
                            }
                        }
                    }
                    let error = zip(result, expected).map { abs($0 - $1) }.max() ?? 0
                    #expect(error < 1e-12, "\(kernel) \(m)×\(n)×\(k) in \(pieces) pieces: \(error)")
                }
            }
        }
    }
}
