import Testing

@testable import Core

@Suite("arange and linspace")
struct SamplingTests {
    @Test(arguments: [
        (0.0, 20.0, 0.1, 200), (-5.0, 5.0, 0.1, 100), (-2.0, 2.5, 0.25, 18), (0.0, 1.0, 0.3, 4),
        (0.0, 1.0, 0.25, 4), (0.0, 0.9, 0.3, 3), (0.0, 10.0, 0.7, 15), (5.0, -5.0, -0.1, 100),
        (0.0, -1.0, -0.3, 4), (1.0, 1.3, 0.1, 3), (1_000_000.1, 1_000_000.4, 0.1, 3), (2.0, 2.0, 0.5, 0),
    ])
    func counts(start: Double, stop: Double, step: Double, expected: Int) throws {
        let values = try arange(from: start, to: stop, step: step)
        #expect(values.count == expected)
        #expect(try arangeCount(from: start, to: stop, step: step) == expected)
        let spacing = (start + step) - start  // numpy fills from the first two values
        for (i, value) in values.enumerated() {
            #expect(value == start + Double(i) * spacing)
        }
        if let last = values.last {
            #expect(step > 0 ? last < stop : last > stop, "stop is excluded")
        }
    }

    @Test func bookAxes() throws {
        let x = try arange(from: 0, to: 20, step: 0.1)
        #expect(x.first == 0 && x.last == 19.900000000000002)
        #expect(try arange(from: -2, to: 2.5, step: 0.25).last == 2.25)
    }

    /// numpy fills an arange from its first two values (spacing (start + step) − start), which for −5 step 0.1
    /// is 0.09999999999999964, not 0.1: `np.arange(-5.0, 5.0, 0.1)` (step_function.py, sigmoid.py, relu.py).
    @Test func numpysSpacing() throws {
        let x = try arange(from: -5, to: 5, step: 0.1)
        #expect(x.count == 100 && x[1] == -4.9)
        #expect(x[51] == 0.09999999999998188 && x[99] == 4.899999999999965)
        #expect(try arange(from: -3, to: 3, step: 0.1)[59] == 2.9000000000000057)
    }

    @Test(arguments: [0.0, .nan, .infinity, -.infinity])
    func invalidSteps(step: Double) {
        #expect(throws: InvalidArgument(name: "step", value: "\(step)", allowed: "a finite, non-zero number")) {
            try arange(from: 0, to: 1, step: step)
        }
    }

    @Test func wrongSignAndHugeCountsThrowWithoutHanging() {
        #expect(throws: InvalidArgument.self) { try arange(from: 0, to: 1, step: -0.1) }
        #expect(throws: InvalidArgument.self) { try arange(from: 1, to: 0, step: 0.1) }
        #expect(throws: InvalidArgument.self) { try arange(from: 0, to: 1, step: 1e-300) }
        #expect(throws: InvalidArgument.self) { try arange(from: -1e308, to: 1e308, step: 1) }
        #expect(throws: InvalidArgument.self) { try arange(from: .nan, to: 1, step: 0.1) }
        #expect(throws: InvalidArgument.self) { try linspace(from: 0, through: 1, count: -1) }
        #expect(throws: InvalidArgument.self) { try linspace(from: 0, through: 1, count: 100_000_001) }
        #expect(throws: InvalidArgument.self) { try linspace(from: 0, through: .infinity, count: 3) }
    }

    @Test func linspaceHasExactEndpoints() throws {
        let values = try linspace(from: 0, through: 1, count: 7)
        #expect(values.count == 7 && values.first == 0 && values.last == 1 && values[3] == 0.5)
        #expect(try linspace(from: -3, through: 0.1, count: 1000).last == 0.1)
        #expect(try linspace(from: 2, through: 5, count: 1) == [2])
        #expect(try linspace(from: 2, through: 5, count: 0) == [])
    }
}
