import Testing

@testable import ImageComparison

@Suite struct PixelComparatorTests {
    let comparator = PixelComparator()
    let base = RGBAImage(width: 40, height: 20, filledWith: .white)

    func with(_ changes: [(Int, Int, RGBAPixel)], in image: RGBAImage? = nil) -> RGBAImage {
        var out = image ?? base
        for (x, y, p) in changes { out[x, y] = p }
        return out
    }

    @Test func identicalImagesAreIdentical() {
        let r = comparator.compare(expected: base, actual: base, tolerance: nil)
        #expect(r.verdict == .identical && r.maxDifference == 0 && r.differingPixels == 0 && r.worstTile == nil)
    }

    @Test func measuresMaxDifferenceCountAndWorstTile() {
        let actual = with([
            (1, 1, RGBAPixel(red: 250, green: 255, blue: 255)),
            (17, 3, RGBAPixel(red: 255, green: 255, blue: 255, alpha: 254)),
            (18, 4, RGBAPixel(red: 255, green: 200, blue: 255)),
        ])
        let r = comparator.compare(expected: base, actual: actual, tolerance: nil)
        #expect(r.verdict == .different)
        #expect(r.maxDifference == 55 && r.differingPixels == 3)
        #expect(r.worstTile == WorstTile(x: 16, y: 0, differingPixels: 2))
    }

    @Test func toleranceAcceptsWithinAndRejectsOutside() throws {
        let actual = with([
            (1, 1, RGBAPixel(red: 253, green: 255, blue: 255)), (30, 10, RGBAPixel(red: 255, green: 254, blue: 255)),
        ])
        let loose = try FuzzyTolerance(parsing: "0-2;0-40")
        #expect(comparator.compare(expected: base, actual: actual, tolerance: loose).verdict == .withinTolerance)
        let tight = try FuzzyTolerance(parsing: "0-1;0-40")
        let r = comparator.compare(expected: base, actual: actual, tolerance: tight)
        #expect(r.verdict == .different && r.reasons.count == 1 && r.reasons[0].contains("max difference 2"))
        let fewPixels = try FuzzyTolerance(parsing: "0-2;0-1")
        #expect(comparator.compare(expected: base, actual: actual, tolerance: fewPixels).verdict == .different)
        let needsMore = try FuzzyTolerance(parsing: "0-2;5-40")
        #expect(comparator.compare(expected: base, actual: actual, tolerance: needsMore).verdict == .different)
    }

    @Test func tileCapCatchesConcentratedChanges() throws {
        var changes: [(Int, Int, RGBAPixel)] = []
        for y in 0..<5 { for x in 0..<5 { changes.append((x, y, RGBAPixel(red: 254, green: 255, blue: 255))) } }
        let actual = with(changes)
        let spread = try FuzzyTolerance(parsing: "0-1;0-40;tilePixels=0-24")
        let r = comparator.compare(expected: base, actual: actual, tolerance: spread)
        #expect(r.verdict == .different && r.reasons.contains { $0.contains("tile at (0, 0) has 25") })
        #expect(
            comparator.compare(expected: base, actual: actual, tolerance: try FuzzyTolerance(parsing: "0-1;0-40;25"))
                .verdict == .withinTolerance)
    }

    @Test func unneededToleranceIsReported() throws {
        let r = comparator.compare(expected: base, actual: base, tolerance: try FuzzyTolerance(parsing: "0-2;0-40"))
        #expect(r.verdict == .identical && r.toleranceUnnecessary && r.summary.contains("unnecessary"))
        let exact = comparator.compare(expected: base, actual: base, tolerance: nil)
        #expect(!exact.toleranceUnnecessary)
        // web-platform-tests: a tolerance that demands a difference fails on identical images.
        let demanding = comparator.compare(expected: base, actual: base, tolerance: try FuzzyTolerance(parsing: "2;40"))
        #expect(demanding.verdict == .different)
    }

    @Test func differentSizesNeverPass() throws {
        let other = RGBAImage(width: 40, height: 21, filledWith: .white)
        let r = comparator.compare(
            expected: base, actual: other, tolerance: try FuzzyTolerance(parsing: "0-255;0-100000;256"))
        #expect(
            r.verdict == .sizeMismatch && !r.verdict.passes && r.summary.contains("40×20")
                && r.summary.contains("40×21"))
    }
}
