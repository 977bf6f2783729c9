import Foundation

/// The JSON record of one comparison, written beside the evidence images as `report.json`.
public struct ComparisonReport: Codable, Hashable, Sendable {
    /// What was compared (a figure id, or a file name).
    public var name: String
    /// Where the expected image came from.
    public var expectedPath: String
    /// Where the actual image came from.
    public var actualPath: String
    public var expectedSize: ImageSize
    public var actualSize: ImageSize
    public var sameSize: Bool
    /// Largest channel difference (0...255).
    public var maxDifference: Int
    public var differingPixels: Int
    /// The 16×16 tile with the most differing pixels, and where it is.
    public var worstTile: WorstTile?
    /// The tolerance in fuzzy syntax, nil for exact.
    public var tolerance: String?
    /// Why the tolerance is allowed (required whenever one is declared in the catalogue).
    public var toleranceReason: String?
    public var toleranceUnnecessary: Bool
    public var verdict: Verdict
    public var reasons: [String]
    /// The one-line summary printed on the console.
    public var summary: String

    /// The report of a comparison result.
    public init(
        name: String, expectedPath: String, actualPath: String, result: ComparisonResult, toleranceReason: String? = nil
    ) {
        self.name = name
        self.expectedPath = expectedPath
        self.actualPath = actualPath
        expectedSize = result.expectedSize
        actualSize = result.actualSize
        sameSize = result.sameSize
        maxDifference = result.maxDifference
        differingPixels = result.differingPixels
        worstTile = result.worstTile
        tolerance = result.tolerance?.description
        self.toleranceReason = toleranceReason
        toleranceUnnecessary = result.toleranceUnnecessary
        verdict = result.verdict
        reasons = result.reasons
        summary = result.summary
    }

    /// Pretty, key-sorted JSON (same report, same bytes).
    public func jsonData() throws -> Data {
        try prettyJSON(self)
    }
}
