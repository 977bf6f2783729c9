import Testing

@testable import Core

@Suite("Activation functions")
struct ActivationTests {
    @Test func stepAndReLU() {
        #expect([-1.0, 0, 1e-300, 3].map(Activation.step) == [0, 0, 1, 1])
        #expect([-1.0, 0, 2.5].map(Activation.relu) == [0, 0, 2.5])
        #expect(Activation.step(.nan).isNaN && Activation.relu(.nan).isNaN)
    }

    /// numpy 2.4.6: 1 / (1 + np.exp(-x)).
    @Test func sigmoidMatchesNumpy() {
        #expect(
            [-1.0, 1, 2, 0].map(Activation.sigmoid) == [
                0.2689414213699951, 0.7310585786300049, 0.8807970779778823, 0.5,
            ])
        #expect(Activation.sigmoid(-800) == 0 && Activation.sigmoid(800) == 1)
    }

    /// numpy 2.4.6 values of the book's softmax.
    @Test func softmaxOfLargeInputsIsFiniteAndCorrect() {
        let y = Activation.softmax([1000, 1010])
        #expect(y == [4.5397868702434395e-05, 0.9999546021312976])
        #expect(Activation.softmax([0.3, 2.9, 4.0]) == [0.01821127329554753, 0.24519181293507392, 0.7365969137693786])
    }

    @Test func softmaxPerRowOfBatch() throws {
        let batch = try Matrix<Double>([[0.3, 2.9, 4.0], [1000, 1010, 990]])
        let y = Activation.softmax(batch)
        #expect(
            y.storage == [
                0.01821127329554753, 0.24519181293507392, 0.7365969137693786,
                4.539786860886666e-05, 0.999954600070331, 2.061060046209062e-09,
            ])
        #expect(y.sum(along: .columns).allSatisfy { abs($0 - 1) < 1e-15 })
        #expect(batch[1, 0] == 1000, "input unchanged")
    }

    @Test func softmaxDegenerateInputs() {
        #expect(Activation.softmax([]) == [])
        #expect(Activation.softmax([1, .nan]).allSatisfy { $0.isNaN })
        #expect(Activation.softmax([-.infinity, 0]) == [0, 1])
    }
}
