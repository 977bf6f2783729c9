import Foundation
import Testing

@testable import Plotting

/// Histogram bins and counts equal numpy's (2.4) for several data sets, and a histogram mark draws them as bars.
@Suite struct HistogramTests {
    /// The data sets, also written in Python in the one-liner below.
    static let sets: [String: [Double]] = [
        "A": [1, 2, 2, 3, 3, 3, 4, 4, 5, 10],
        "B": (0..<200).map { Double(($0 * 7919) % 1000) / 10 },
        "C": (0..<1000).map { Double(($0 * $0) % 97) / 7 },
        "D": [0, 0, 0, 0, 0, 0, 1, 100],
        "E": [5],
        "F": (0..<13).map { 0.1 * Double($0) },
    ]

    /// Edges and counts printed by numpy 2.4.6, once, with:
    ///
    ///     python3 -c 'import numpy as np
    ///     sets={"A":[1,2,2,3,3,3,4,4,5,10],"B":[(i*7919)%1000/10 for i in range(200)],
    ///       "C":[(i*i)%97/7 for i in range(1000)],"D":[0,0,0,0,0,0,1,100],"E":[5.0],
    ///       "F":[0.1*i for i in range(13)]}
    ///     for k,v in sets.items():
    ///       for b in ["auto","fd","sturges",7]:
    ///         e=np.histogram_bin_edges(np.array(v,dtype=float),bins=b)
    ///         c,_=np.histogram(np.array(v,dtype=float),bins=e)
    ///         print(k, b, [float(x) for x in e], [int(x) for x in c])'
    ///
    /// (D with "fd", 400 bins of 0.25, is checked on its own.)
    static let numpy: [(String, HistogramBins, [Double], [Int])] = [
        ("A", .auto, [1.0, 2.5, 4.0, 5.5, 7.0, 8.5, 10.0], [3, 3, 3, 0, 0, 1]),
        ("A", .fd, [1.0, 2.5, 4.0, 5.5, 7.0, 8.5, 10.0], [3, 3, 3, 0, 0, 1]),
        ("A", .sturges, [1.0, 2.8, 4.6, 6.4, 8.2, 10.0], [3, 5, 1, 0, 1]),
        (
            "A", .count(7),
            [
                1.0, 2.2857142857142856, 3.5714285714285716, 4.857142857142858, 6.142857142857143, 7.428571428571429,
                8.714285714285715, 10.0,
            ], [3, 3, 2, 1, 0, 0, 1]
        ),
        (
            "B", .auto,
            [
                0.0, 10.966666666666667, 21.933333333333334, 32.9, 43.86666666666667, 54.833333333333336, 65.8,
                76.76666666666667, 87.73333333333333, 98.7,
            ], [23, 22, 21, 22, 23, 21, 22, 22, 24]
        ),
        ("B", .fd, [0.0, 16.45, 32.9, 49.349999999999994, 65.8, 82.25, 98.7], [33, 33, 33, 33, 33, 35]),
        (
            "B", .sturges,
            [
                0.0, 10.966666666666667, 21.933333333333334, 32.9, 43.86666666666667, 54.833333333333336, 65.8,
                76.76666666666667, 87.73333333333333, 98.7,
            ], [23, 22, 21, 22, 23, 21, 22, 22, 24]
        ),
        ("B", .count(7), [0.0, 14.1, 28.2, 42.3, 56.4, 70.5, 84.6, 98.7], [30, 28, 28, 27, 28, 28, 31]),
        (
            "C", .auto,
            [
                0.0, 1.2467532467532467, 2.4935064935064934, 3.74025974025974, 4.987012987012987, 6.233766233766234,
                7.48051948051948, 8.727272727272727, 9.974025974025974, 11.220779220779221, 12.467532467532468,
                13.714285714285714,
            ], [136, 83, 82, 82, 62, 104, 61, 83, 82, 81, 144]
        ),
        (
            "C", .fd,
            [
                0.0, 1.3714285714285714, 2.742857142857143, 4.114285714285714, 5.485714285714286, 6.857142857142858,
                8.228571428571428, 9.6, 10.971428571428572, 12.342857142857143, 13.714285714285714,
            ], [157, 82, 82, 103, 83, 83, 103, 82, 81, 144]
        ),
        (
            "C", .sturges,
            [
                0.0, 1.2467532467532467, 2.4935064935064934, 3.74025974025974, 4.987012987012987, 6.233766233766234,
                7.48051948051948, 8.727272727272727, 9.974025974025974, 11.220779220779221, 12.467532467532468,
                13.714285714285714,
            ], [136, 83, 82, 82, 62, 104, 61, 83, 82, 81, 144]
        ),
        (
            "C", .count(7),
            [
                0.0, 1.9591836734693877, 3.9183673469387754, 5.877551020408163, 7.836734693877551, 9.795918367346939,
                11.755102040816325, 13.714285714285714,
            ], [198, 123, 103, 166, 103, 123, 184]
        ),
        (
            "D", .auto,
            [0.0, 16.666666666666668, 33.333333333333336, 50.0, 66.66666666666667, 83.33333333333334, 100.0],
            [7, 0, 0, 0, 0, 1]
        ),
        ("D", .sturges, [0.0, 25.0, 50.0, 75.0, 100.0], [7, 0, 0, 1]),
        (
            "D", .count(7),
            [
                0.0, 14.285714285714286, 28.571428571428573, 42.85714285714286, 57.142857142857146, 71.42857142857143,
                85.71428571428572, 100.0,
            ], [7, 0, 0, 0, 0, 0, 1]
        ),
        ("E", .auto, [4.5, 5.5], [1]),
        ("E", .fd, [4.5, 5.5], [1]),
        ("E", .sturges, [4.5, 5.5], [1]),
        (
            "E", .count(7),
            [
                4.5, 4.642857142857143, 4.785714285714286, 4.928571428571429, 5.071428571428571, 5.214285714285714,
                5.357142857142857, 5.5,
            ], [0, 0, 0, 1, 0, 0, 0]
        ),
        (
            "F", .auto,
            [0.0, 0.24000000000000005, 0.4800000000000001, 0.7200000000000002, 0.9600000000000002, 1.2000000000000002],
            [3, 2, 3, 2, 3]
        ),
        ("F", .fd, [0.0, 0.4000000000000001, 0.8000000000000002, 1.2000000000000002], [5, 4, 4]),
        (
            "F", .sturges,
            [0.0, 0.24000000000000005, 0.4800000000000001, 0.7200000000000002, 0.9600000000000002, 1.2000000000000002],
            [3, 2, 3, 2, 3]
        ),
        (
            "F", .count(7),
            [
                0.0, 0.17142857142857146, 0.3428571428571429, 0.5142857142857143, 0.6857142857142858,
                0.8571428571428573, 1.0285714285714287, 1.2000000000000002,
            ], [2, 2, 2, 1, 2, 2, 2]
        ),
    ]

    @Test func edgesAndCountsEqualNumpys() throws {
        for (name, bins, edges, counts) in Self.numpy {
            let h = try Histogram(values: try #require(Self.sets[name]), bins: bins)
            #expect(h.edges == edges, "\(name) \(bins.description)")
            #expect(h.counts == counts, "\(name) \(bins.description)")
        }
        let d = try Histogram(values: try #require(Self.sets["D"]), bins: .fd)
        #expect(d.edges.count == 401 && d.edges[1] == 0.25 && d.edges.last == 100)
        // numpy: counts [6 0 0 0 1 0 …] ending in 1, summing to 8.
        #expect(Array(d.counts.prefix(6)) == [6, 0, 0, 0, 1, 0] && d.counts.last == 1 && d.counts.reduce(0, +) == 8)
    }

    @Test func densityIntegratesToOneAsNumpys() throws {
        // np.histogram([1,2,2,3,3,3,4,4,5,10], bins="auto", density=True)[0]
        let h = try Histogram(values: [1, 2, 2, 3, 3, 3, 4, 4, 5, 10], bins: .auto, density: true)
        #expect(h.heights == [0.2, 0.2, 0.2, 0.0, 0.0, 0.06666666666666667])
    }

    @Test func givenEdgesCountAsNumpysAndBadEdgesAreErrors() throws {
        // np.histogram([1,2,2,3,3,3,4,4,5,10], bins=[0,2,2.5,5,10]) → [1, 2, 5, 2]; density → [0.05, 0.4, 0.2, 0.04]
        let values: [Double] = [1, 2, 2, 3, 3, 3, 4, 4, 5, 10]
        #expect(try Histogram(values: values, bins: .edges([0, 2, 2.5, 5, 10])).counts == [1, 2, 5, 2])
        #expect(
            try Histogram(values: values, bins: .edges([0, 2, 2.5, 5, 10]), density: true).heights == [
                0.05, 0.4, 0.2, 0.04,
            ])
        #expect(try Histogram(values: values, bins: .edges([2, 4])).counts == [7])  // 1, 5 and 10 are outside
        #expect(throws: PlotError.self) { try Histogram(values: values, bins: .edges([1])) }
        #expect(throws: PlotError.self) { try Histogram(values: values, bins: .edges([1, 1, 2])) }
        #expect(throws: PlotError.self) { try Histogram(values: values, bins: .edges([0, .nan])) }
    }

    @Test func nanIsLeftOutAndCounted() throws {
        let h = try Histogram(values: [1, .nan, 2, 3, .nan], bins: .count(2))
        #expect(h.leftOut == 2 && h.counts == [1, 2] && h.edges == [1, 2, 3])
    }

    @Test func badInputIsAValidationError() {
        func message(_ values: [Double], _ bins: HistogramBins = .auto) -> String? {
            do { try HistogramMark(values: values, bins: bins).validate() } catch { return "\(error)" }
            return nil
        }
        #expect(message([]) == "HistogramMark: there are no values; give at least one")
        #expect(message([.nan, .nan]) == "HistogramMark: all 2 values are NaN; give at least one number")
        #expect(message([1, .infinity])?.contains("value inf is infinite") == true)
        #expect(message([-1e308, 1e308])?.contains("wider than a Double can hold") == true)
        #expect(message([1, 2], .count(0))?.contains("bin count 0 is below 1") == true)
        #expect(message([1, 2], .count(1_000_000))?.contains("more than 100000 bins") == true)
        // numpy would try to allocate 71 PiB here; "auto" stays bounded (64 bins).
        let outlier = (0..<1000).map { Double($0) * 1e-9 } + [1e9]
        #expect(message(outlier, .fd)?.contains("bins fd gives more than 100000 bins") == true)
        #expect(message(outlier, .auto) == nil)
        #expect((try? Histogram(values: outlier, bins: .auto))?.counts.count == 64)
    }

    @Test func theMarkDrawsTouchingC0BarsFromTheFrame() throws {
        let mark = HistogramMark(values: [1, 2, 2, 3, 3, 3, 4, 4, 5, 10], bins: .auto)
        let axes = Axes { mark }
        let (canvas, _) = try drawRecorded(axes)
        let (x, y) = axes.resolvedLimits(theme: Theme())
        #expect(close([x.0, x.1, y.0, y.1], [0.55, 10.45, 0, 3.15]))
        let fill = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        let rects = fill.path.elements.filter { if case .move = $0 { true } else { false } }
        #expect(rects.count == 4)  // six bins, two of them empty
        // Neighbouring bars share their edge exactly: no seam, no overlap.
        let xs = fill.path.elements.compactMap { e -> Double? in if case .line(let p) = e { p.x } else { nil } }
        let distinct = Set(xs)
        #expect(distinct.count == 6)  // the edges of bins 1–3 and of bin 6: 4 + 2 shared
    }

    @Test func horizontalDensityHistogramPutsBinsAlongYAndStartsAtZero() throws {
        let axes = Axes {
            HistogramMark(
                values: [1, 2, 2, 3, 3, 3, 4, 4, 5, 10], bins: .auto, density: true, orientation: .horizontal)
        }
        let (x, y) = axes.resolvedLimits(theme: Theme())
        // matplotlib: hist(…, bins="auto", density=True, orientation="horizontal") → xlim (0, 0.21), ylim (0.55, 10.45).
        #expect(close([x.0, x.1, y.0, y.1], [0, 0.21, 0.55, 10.45]))
    }
}
