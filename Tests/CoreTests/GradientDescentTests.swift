import Testing

@testable import Core

@Suite("Gradient descent")
struct GradientDescentTests {
    let f2 = ChapterFunctions.function2
    let start = ChapterFunctions.descentStart

    /// Final points after 100 steps from (-3, 4). The book's algorithm run in numpy 2.4.6 gives exactly
    /// these float64 values; the book prints them to 8 digits.
    @Test(arguments: [
        (0.1, [-6.111107928998789e-10, 8.148143905314271e-10]),
        (10.0, [-25898374737328.363, -1295248616896.5398]),
        (1e-10, [-2.999999939999995, 3.9999999199999934]),
    ])
    func finalPointsMatchNumpy(learningRate: Double, expected: [Double]) throws {
        let run = try gradientDescent(of: f2, from: start, learningRate: learningRate, steps: 100)
        #expect(run.outcome == .completed)
        #expect(run.finalPoint == expected)
        #expect(run.path.count == 101)
        #expect(run.path.first == start)
    }

    @Test func pathRecordsThePointBeforeEachUpdate() throws {
        let run = try gradientDescent(of: f2, from: start, learningRate: 0.1, steps: 20)
        #expect(run.path.count == 21)
        // First update: (-3, 4) - 0.1 * (-6, 8) = (-2.4, 3.2) up to the numerical gradient's error.
        #expect(abs(run.path[1][0] + 2.4) < 1e-12 && abs(run.path[1][1] - 3.2) < 1e-12)
        #expect(run.finalPoint == run.path.last)
        #expect(!run.diverged && run.divergedAtStep == nil)
    }

    @Test func startPointIsNotMutated() throws {
        let original: [Double] = [-3, 4]
        let copy = original
        _ = try gradientDescent(of: f2, from: copy, learningRate: 0.1, steps: 100)
        #expect(copy == original)
        let again = try gradientDescent(of: f2, from: copy, learningRate: 0.1, steps: 100)
        #expect(again.start == [-3, 4])
    }

    @Test func overflowingPointIsReportedAsDivergence() throws {
        // The first update already leaves the doubles: -3 - 1e308 * (-6) = +inf.
        let run = try gradientDescent(of: f2, from: start, learningRate: 1e308, steps: 100)
        #expect(run.outcome == .diverged(step: 1))
        #expect(run.diverged && run.finalPoint == nil)
        #expect(run.path == [start])
    }

    @Test func overflowingFunctionIsReportedAsDivergence() throws {
        // f = x^4: the first update lands near -4e83, where f(x ± h) = inf and the gradient is NaN.
        let quartic: ([Double]) -> Double = { x in x[0] * x[0] * x[0] * x[0] }
        let run = try gradientDescent(of: quartic, from: [10], learningRate: 1e80, steps: 100)
        #expect(run.divergedAtStep == 2)
        #expect(run.path.count == 2)
        #expect(run.path.allSatisfy { $0.allSatisfy { $0.isFinite } })
    }

    @Test func hugeButFiniteRunIsNotDivergence() throws {
        // The book's lr = 10 run grows to ~1e13, then the numerical gradient vanishes (x ± h rounds to x).
        let run = try gradientDescent(of: f2, from: start, learningRate: 10, steps: 100)
        #expect(!run.diverged)
        #expect(run.path.allSatisfy { $0.allSatisfy { $0.isFinite } })
    }

    @Test(arguments: [0.0, -0.1, .nan, .infinity, -.infinity])
    func invalidLearningRate(learningRate: Double) {
        do {
            _ = try gradientDescent(of: f2, from: start, learningRate: learningRate, steps: 10)
            Issue.record("accepted learning rate \(learningRate)")
        } catch let error as InvalidArgument {
            #expect(error.description == "invalid learning rate \(learningRate): allowed a finite number > 0")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: [0, -5, 1_000_001, Int.max])
    func invalidStepCount(steps: Int) {
        #expect(
            throws: InvalidArgument(
                name: "step count", value: "\(steps)", allowed: "an integer from 1 to 1000000")
        ) {
            try gradientDescent(of: f2, from: start, learningRate: 0.1, steps: steps)
        }
    }

    @Test func invalidStartPoint() {
        #expect(throws: InvalidArgument.self) { try gradientDescent(of: f2, from: [], learningRate: 0.1, steps: 1) }
        #expect(throws: InvalidArgument.self) {
            try gradientDescent(of: f2, from: [.nan, 1], learningRate: 0.1, steps: 1)
        }
    }
}
