import Core

/// How different two images may be and still count as the same, in web-platform-tests' "fuzzy" syntax
/// plus a cap on differing pixels per 16×16 tile.
///
/// Text form: `maxDifference=0-2;totalPixels=0-40`, the short form `0-2;0-40`, optionally followed by
/// `;tilePixels=0-16` (dlplot's extension). Ranges are inclusive; a single number `N` means exactly `N`,
/// as in web-platform-tests (so `0-N` is what a tolerance almost always wants). The tile cap limits how many
/// pixels of any one 16×16 tile may differ: antialiasing noise spreads along edges, while a real local
/// change (a glyph, a marker, a thicker line end) concentrates; it defaults to `defaultTilePixelCap`.
public struct FuzzyTolerance: Hashable, Sendable, CustomStringConvertible {
    /// The allowed range of the largest difference in any channel of any pixel (0...255).
    public var maxDifference: ClosedRange<Int>
    /// The allowed range of the number of differing pixels.
    public var totalPixels: ClosedRange<Int>
    /// The most differing pixels allowed in any one 16×16 tile.
    public var tilePixelCap: Int

    /// The tile cap when none is given: a quarter of a 16×16 tile.
    public static let defaultTilePixelCap = 64
    /// The side of the square tiles the cap applies to, in pixels.
    public static let tileSize = 16

    /// A tolerance from its ranges.
    public init(maxDifference: ClosedRange<Int>, totalPixels: ClosedRange<Int>, tilePixelCap: Int = defaultTilePixelCap)
    {
        self.maxDifference = maxDifference
        self.totalPixels = totalPixels
        self.tilePixelCap = tilePixelCap
    }

    /// Parses the fuzzy syntax.
    /// - Throws: `ImageComparisonError.malformedTolerance` with a one-line reason.
    public init(parsing text: String) throws {
        func fail(_ reason: String) -> ImageComparisonError { .malformedTolerance(text: text, reason: reason) }
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard (2...3).contains(parts.count) else {
            throw fail("expected 2 or 3 parts separated by ';', found \(parts.count)")
        }
        let positional = ["maxDifference", "totalPixels", "tilePixels"]
        var ranges: [String: ClosedRange<Int>] = [:]
        for (index, part) in parts.enumerated() {
            let pieces = part.split(separator: "=", omittingEmptySubsequences: false)
            let name: String, value: Substring
            switch pieces.count {
            case 1:
                name = positional[index]
                value = pieces[0]
            case 2:
                name = pieces[0].trimmingSpaces
                value = pieces[1]
            default: throw fail("'\(part)' has more than one '='")
            }
            guard positional.contains(name) else {
                throw fail("unknown name '\(name)' (allowed: maxDifference, totalPixels, tilePixels)")
            }
            guard ranges[name] == nil else { throw fail("'\(name)' is given twice") }
            ranges[name] = try Self.parseRange(value.trimmingSpaces, fail: fail)
        }
        guard let difference = ranges["maxDifference"], let pixels = ranges["totalPixels"] else {
            throw fail("both maxDifference and totalPixels are required")
        }
        guard difference.upperBound <= 255 else { throw fail("maxDifference \(difference.upperBound) exceeds 255") }
        var cap = Self.defaultTilePixelCap
        if let tile = ranges["tilePixels"] {
            guard tile.lowerBound == 0 || tile.count == 1 else { throw fail("tilePixels is a cap: write 0-N or N") }
            guard tile.upperBound <= Self.tileSize * Self.tileSize else {
                throw fail(
                    "tilePixels \(tile.upperBound) exceeds the \(Self.tileSize * Self.tileSize) pixels of a tile")
            }
            cap = tile.upperBound
        }
        self.init(maxDifference: difference, totalPixels: pixels, tilePixelCap: cap)
    }

    private static func parseRange(_ text: String, fail: (String) -> ImageComparisonError) throws -> ClosedRange<Int> {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count) else { throw fail("'\(text)' is not a number or a range N-M") }
        let numbers = try bounds.map { piece -> Int in
            guard !piece.isEmpty, piece.allSatisfy(\.isASCII), piece.allSatisfy(\.isNumber), let n = Int(piece),
                n <= 1_000_000_000
            else {
                throw fail("'\(piece)' is not a non-negative whole number")
            }
            return n
        }
        let low = numbers[0], high = numbers[numbers.count - 1]
        guard low <= high else { throw fail("range \(low)-\(high) is empty (lower bound above upper)") }
        return low...high
    }

    /// The canonical text form, which parses back to the same tolerance.
    public var description: String {
        "maxDifference=\(maxDifference.lowerBound)-\(maxDifference.upperBound);totalPixels=\(totalPixels.lowerBound)-\(totalPixels.upperBound);tilePixels=0-\(tilePixelCap)"
    }
}
