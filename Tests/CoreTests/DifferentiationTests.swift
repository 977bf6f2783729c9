import Testing

@testable import Core

@Suite("Numerical differentiation")
struct DifferentiationTests {
    let f1 = ChapterFunctions.function1
    let f2 = ChapterFunctions.function2

    @Test func centralDifferenceIsBookExact() throws {
        #expect(try numericalDerivative(of: f1, at: 5) == 0.1999999999990898)
        #expect(try numericalDerivative(of: f1, at: 10) == 0.2999999999986347)
    }

    @Test func forwardDifference() throws {
        let forward = try numericalDerivative(of: f1, at: 5, scheme: .forward)
        #expect(abs(forward - 0.2) < 2e-6 && abs(forward - 0.2) > 1e-7, "O(h) error, larger than central")
        // The book's h = 10e-50: x + h rounds to x, so the slope comes out 0.
        #expect(try numericalDerivative(of: f1, at: 5, h: 10e-50, scheme: .forward) == 0)
    }

    @Test func partialDerivativesAreBookExact() throws {
        #expect(try partialDerivative(of: f2, at: [3, 4], coordinate: 0) == 6.00000000000378)
        #expect(try partialDerivative(of: f2, at: [3, 4], coordinate: 1) == 7.999999999999119)
    }

    /// Exact float64 values; numpy 2.4.6 with the book's `numerical_gradient` gives the same digits.
    @Test func gradientsPinnedToNumpy() throws {
        let cases: [([Double], [Double])] = [
            ([3, 4], [6.00000000000378, 7.999999999999119]),
            ([0, 2], [0.0, 4.000000000004]),
            ([3, 0], [6.000000000012662, 0.0]),
        ]
        for (point, expected) in cases {
            let gradient = try numericalGradient(of: f2, at: point)
            #expect(gradient == expected)
            let exact = point.map { 2 * $0 }
            #expect(zip(gradient, exact).allSatisfy { abs($0 - $1) < 2e-11 })
        }
    }

    @Test func gradientOfMatrixKeepsShapeAndRowMajorOrder() throws {
        let w = try Matrix<Double>([[1, 2, 3], [4, 5, 6]])
        let weights: [Double] = [1, 10, 100, 1000, 10_000, 100_000]
        let g = try numericalGradient(of: { m in zip(m.storage, weights).map { $0 * $1 }.reduce(0, +) }, at: w)
        #expect(g.rows == 2 && g.columns == 3)
        #expect(zip(g.storage, weights).allSatisfy { abs($0 - $1) / $1 < 1e-6 })
    }

    @Test func tangentLine() throws {
        let line = try TangentLine(tangentTo: f1, at: 5)
        #expect(line.slope == 0.1999999999990898)
        #expect(line.intercept == f1(5) - line.slope * 5)
        #expect(line(5) == line.slope * 5 + line.intercept)
        #expect(abs(line(5) - f1(5)) < 1e-12)
        #expect(TangentLine(slope: 2, intercept: 1)(3) == 7)
    }

    @Test func gradientFieldOverGrid() throws {
        let axis = try arange(from: -2, to: 2.5, step: 0.25)
        let field = try GradientField(of: f2, x0Values: axis, x1Values: axis)
        #expect(field.count == 324)
        #expect(field.x0[1] == -1.75 && field.x1[1] == -2, "x0 varies fastest, like meshgrid.flatten()")
        #expect(field.x0[18] == -2 && field.x1[18] == -1.75)
        for k in 0..<field.count {
            #expect(abs(field.dx0[k] - 2 * field.x0[k]) < 1e-9 && abs(field.dx1[k] - 2 * field.x1[k]) < 1e-9)
        }
        #expect(throws: InvalidArgument.self) {
            try GradientField(
                of: f2, x0Values: Array(repeating: 0, count: 10_000), x1Values: Array(repeating: 0, count: 10_000))
        }
    }

    @Test(arguments: [0.0, -1e-4, .nan, .infinity])
    func invalidStepIsRejected(h: Double) {
        #expect(throws: InvalidArgument(name: "difference step h", value: "\(h)", allowed: "a finite number > 0")) {
            try numericalDerivative(of: f1, at: 1, h: h)
        }
        #expect(throws: InvalidArgument.self) { try numericalGradient(of: f2, at: [1, 2], h: h) }
    }

    @Test func badCoordinateIsRejected() {
        #expect(throws: InvalidArgument.self) { try partialDerivative(of: f2, at: [3, 4], coordinate: 2) }
    }
}
