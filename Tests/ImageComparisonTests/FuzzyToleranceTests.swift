import Testing

@testable import ImageComparison

@Suite struct FuzzyToleranceTests {
    @Test func parsesNamedAndShortForms() throws {
        let named = try FuzzyTolerance(parsing: "maxDifference=0-2;totalPixels=0-40")
        #expect(named == FuzzyTolerance(maxDifference: 0...2, totalPixels: 0...40))
        #expect(try FuzzyTolerance(parsing: "0-2;0-40") == named)
        #expect(try FuzzyTolerance(parsing: "totalPixels=0-40; maxDifference=0-2") == named)
        #expect(named.tilePixelCap == FuzzyTolerance.defaultTilePixelCap)
    }

    @Test func singleNumberMeansExactlyThatValue() throws {
        let t = try FuzzyTolerance(parsing: "maxDifference=10;totalPixels=300")
        #expect(t.maxDifference == 10...10 && t.totalPixels == 300...300)
    }

    @Test func parsesTileCapAndRoundTripsThroughDescription() throws {
        let t = try FuzzyTolerance(parsing: "0-3;0-500;tilePixels=0-40")
        #expect(t.tilePixelCap == 40)
        #expect(try FuzzyTolerance(parsing: t.description) == t)
        #expect(try FuzzyTolerance(parsing: "0-3;0-500;12").tilePixelCap == 12)
    }

    @Test(arguments: [
        "", "2", "0-2", "0-2;0-40;0-3;1", "maxDifference=0-2;maxDifference=0-3", "foo=1;0-40",
        "0-2;-3", "0-2;4-3", "0-256;0-1", "a-b;0-1", "0-2;0-40;tilePixels=3-9", "0-2;0-40;0-300",
        "0-2;0-9999999999999999999999", "0-2;0--1", "0-2;=", "maxDifference=0-2;tilePixels=4", "+1;0-2",
    ])
    func rejectsMalformedTextInOneLine(_ text: String) {
        #expect(throws: ImageComparisonError.self) { try FuzzyTolerance(parsing: text) }
        do { _ = try FuzzyTolerance(parsing: text) } catch {
            #expect("\(error)".contains("'\(text)'"))
            #expect(!"\(error)".contains("\n"))
        }
    }
}
