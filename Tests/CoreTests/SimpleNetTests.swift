import Testing

@testable import Core

@Suite("simpleNet")
struct SimpleNetTests {
    let x = ChapterFunctions.simpleNetInput
    let t = ChapterFunctions.simpleNetLabel

    /// numpy 2.4.6 with the book's code and the printed (rounded) W gives exactly these values.
    @Test func matchesNumpy() throws {
        let net = try SimpleNet(weights: SimpleNet.bookWeights)
        #expect(try net.predict(x) == [1.054148091, 0.630716529, 1.132807401])
        #expect(try net.loss(x, oneHot: t) == 0.9280682857864075)
        let dW = try net.lossGradient(x, oneHot: t)
        #expect(dW.rows == 2 && dW.columns == 3)
        let numpy = [
            0.2192475712392561, 0.14356242984070455, -0.3628100010055757,
            0.3288713569016277, 0.21534364482433954, -0.5442150014745017,
        ]
        #expect(zip(dW.storage, numpy).allSatisfy { abs($0 - $1) <= 1e-15 })
    }

    @Test func gradientDoesNotChangeWeights() throws {
        let net = try SimpleNet(weights: SimpleNet.bookWeights)
        _ = try net.lossGradient(x, oneHot: t)
        #expect(net.weights == SimpleNet.bookWeights)
    }

    @Test func gradientRowsSumToZeroPerInput() throws {
        // d loss / d W[i, j] = x_i (y_j - t_j), and Σ_j (y_j - t_j) = 0.
        let dW = try SimpleNet(weights: SimpleNet.bookWeights).lossGradient(x, oneHot: t)
        #expect(dW.sum(along: .columns).allSatisfy { abs($0) < 1e-9 })
    }

    @Test func badShapesThrow() throws {
        let net = try SimpleNet(weights: SimpleNet.bookWeights)
        #expect(throws: InvalidArgument.self) { try net.predict([1, 2, 3]) }
        #expect(throws: InvalidArgument.self) { try net.loss(x, oneHot: [0, 1]) }
        #expect(throws: InvalidArgument.self) { try SimpleNet(weights: Matrix(rows: 0, columns: 3, repeating: 0)) }
    }
}
