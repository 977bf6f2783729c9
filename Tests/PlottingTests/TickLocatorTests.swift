import Testing

@testable import Plotting

@Suite struct TickLocatorTests {
    let locator = MaxNLocator()

    @Test func unitRangeGivesTenthsByTwo() {
        #expect(close(locator.ticks(from: 0, to: 1), [0, 0.2, 0.4, 0.6, 0.8, 1]))
    }

    @Test func matplotlibDefaultViewOfUnitData() {
        // plot([0, 1]) shows −0.05…1.05; matplotlib ticks 0, 0.2, …, 1.
        #expect(close(locator.ticks(from: -0.05, to: 1.05), [0, 0.2, 0.4, 0.6, 0.8, 1]))
    }

    @Test func symmetricRange() {
        // matplotlib: raw step 10/9 → the next nice step is 2.
        #expect(close(locator.ticks(from: -5, to: 5), [-4, -2, 0, 2, 4]))
        #expect(close(MaxNLocator(maxIntervals: 4).ticks(from: -5, to: 5), [-5, -2.5, 0, 2.5, 5]))
    }

    @Test func zeroToTwenty() {
        #expect(close(locator.ticks(from: 0, to: 20), [0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20]))
        // matplotlib's view of x in [0, 20): −1…21 gives 0, 5, …, 20 with a 2.5 step inside too.
        #expect(close(locator.ticks(from: -1, to: 21), [0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20]))
        #expect(close(MaxNLocator(maxIntervals: 5).ticks(from: 0, to: 20), [0, 5, 10, 15, 20]))
    }

    @Test func reversedRangeIsSorted() {
        #expect(locator.ticks(from: 1, to: 0) == locator.ticks(from: 0, to: 1))
    }

    static let ranges: [(Double, Double)] = [
        (1e-300, 5e-300), (1e300, 5e300), (-1e308, 1e308), (3, 3), (0, 0),
        (-Double.infinity, 1), (Double.nan, 1), (Double.leastNonzeroMagnitude, 2 * Double.leastNonzeroMagnitude),
        (1e16, 1e16 + 2),
        (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude),
    ]
    @Test(arguments: ranges)
    func anyRangeGivesFiniteSortedTicks(_ range: (Double, Double)) {
        let ticks = locator.ticks(from: range.0, to: range.1)
        #expect(!ticks.isEmpty)
        #expect(ticks.allSatisfy { $0.isFinite })
        #expect(ticks == ticks.sorted())
        #expect(ticks.count <= 12)
    }

    @Test func hugeAndTinyRangesTickAtTheirOwnScale() {
        let huge = locator.ticks(from: 1e300, to: 5e300)
        #expect(huge.count >= 3)
        #expect(huge.allSatisfy { $0 >= 1e300 * (1 - 1e-9) && $0 <= 5e300 * (1 + 1e-9) })
        let tiny = locator.ticks(from: 1e-300, to: 5e-300)
        #expect(tiny.count >= 3)
        #expect(tiny.allSatisfy { $0 >= 1e-300 * (1 - 1e-9) && $0 <= 5e-300 * (1 + 1e-9) })
    }

    @Test func automaticIntervalsFollowAxisLength() {
        #expect(MaxNLocator.automaticIntervals(axisLength: 496, fontSize: 10, horizontal: true) == 9)
        #expect(MaxNLocator.automaticIntervals(axisLength: 120, fontSize: 10, horizontal: true) == 4)
        #expect(MaxNLocator.automaticIntervals(axisLength: 120, fontSize: 10, horizontal: false) == 6)
        #expect(MaxNLocator.automaticIntervals(axisLength: 0, fontSize: 10, horizontal: false) == 1)
        #expect(MaxNLocator.automaticIntervals(axisLength: .nan, fontSize: 10, horizontal: false) == 9)
    }

    @Test func nonsingularExpandsConstantRanges() {
        #expect(pair(nonsingular(2, 2)) == [1.9, 2.1])
        #expect(pair(nonsingular(0, 0)) == [-0.05, 0.05])
        #expect(pair(nonsingular(.nan, 1)) == [-0.05, 0.05])
        #expect(pair(nonsingular(3, 1)) == [1, 3])
    }

    @Test func logDecades() {
        let log = LogLocator()
        #expect(log.ticks(from: 1, to: 1000) == [1, 10, 100, 1000])
        #expect(log.ticks(from: 0.05, to: 20) == [0.1, 1, 10])
        #expect(log.labels(for: [0.01, 1, 100]) == [.markup("10^{\u{2212}2}"), .markup("10^{0}"), .markup("10^{2}")])
        let wide = log.ticks(from: 1e-100, to: 1e100)
        #expect(wide.count <= 9 && wide.count >= 5)
        #expect(log.ticks(from: -1, to: 0).count == 2)
        #expect(log.minorTicks(from: 1, to: 10) == [2, 3, 4, 5, 6, 7, 8, 9])
    }
}

func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
}

func pair(_ r: (lower: Double, upper: Double)) -> [Double] { [r.lower, r.upper] }
