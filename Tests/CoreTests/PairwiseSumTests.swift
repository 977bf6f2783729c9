import Testing

@testable import Core

@Suite("numpy-order summation")
struct PairwiseSumTests {
    /// Exactly representable inputs: each value is one correctly rounded division, the same in numpy.
    static func values(_ n: Int) -> [Double] {
        (0..<n).map { Double(($0 * 7919) % 1000) / 997.0 - 0.5 }
    }

    /// `np.sum` of the same arrays, numpy 2.4.6 (they differ from a left-to-right sum from n = 128 on).
    @Test(arguments: [
        (5, 0.6995987963891674), (10, 0.37111334002005997), (37, -0.3916750250752259),
        (128, -0.17652958876629898), (129, -0.04262788365095316), (1000, 1.003009027081241),
        (10001, 9.530090270812416),
    ])
    func matchesNumpyBitForBit(count: Int, numpySum: Double) {
        #expect(Self.values(count).pairwiseSum() == numpySum)
        #expect(Self.values(count)[...].pairwiseSum() == numpySum)
    }

    @Test func emptyAndMatrixSums() throws {
        #expect([Double]().pairwiseSum() == 0)
        let m = try Matrix(rows: 2, columns: 1000, storage: Self.values(2000))
        #expect(m.sum() == Self.values(2000).pairwiseSum())
        #expect(m.sum(along: .columns)[1] == Array(Self.values(2000)[1000...]).pairwiseSum())
    }
}
