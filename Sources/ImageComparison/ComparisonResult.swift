/// The 16×16 tile holding the most differing pixels.
public struct WorstTile: Hashable, Sendable, Codable {
    /// Left edge of the tile, in pixels.
    public var x: Int
    /// Top edge of the tile, in pixels.
    public var y: Int
    /// Differing pixels inside the tile.
    public var differingPixels: Int
}

/// What a comparison concluded.
public enum Verdict: String, Hashable, Sendable, Codable {
    /// Every pixel identical, all four channels.
    case identical
    /// Different, but within the declared tolerance.
    case withinTolerance
    /// Different beyond the tolerance (or at all, when none is declared).
    case different
    /// The images do not have the same size.
    case sizeMismatch

    /// Whether the comparison passes.
    public var passes: Bool { self == .identical || self == .withinTolerance }
}

/// The measured difference between an expected and an actual image, and the verdict.
public struct ComparisonResult: Hashable, Sendable {
    /// Expected image size (width, height).
    public var expectedSize: ImageSize
    /// Actual image size (width, height).
    public var actualSize: ImageSize
    /// Largest absolute difference in any channel (R, G, B or A) of any pixel (0 when sizes differ).
    public var maxDifference: Int
    /// Number of pixels with any channel different.
    public var differingPixels: Int
    /// The 16×16 tile with the most differing pixels, nil when none differ.
    public var worstTile: WorstTile?
    /// The tolerance the comparison used, nil for exact.
    public var tolerance: FuzzyTolerance?
    /// The verdict.
    public var verdict: Verdict
    /// Why the verdict is `different` (each broken limit), empty otherwise.
    public var reasons: [String]

    /// A result from its parts (for comparators other than `PixelComparator`).
    public init(
        expectedSize: ImageSize, actualSize: ImageSize, maxDifference: Int, differingPixels: Int,
        worstTile: WorstTile?, tolerance: FuzzyTolerance?, verdict: Verdict, reasons: [String]
    ) {
        self.expectedSize = expectedSize
        self.actualSize = actualSize
        self.maxDifference = maxDifference
        self.differingPixels = differingPixels
        self.worstTile = worstTile
        self.tolerance = tolerance
        self.verdict = verdict
        self.reasons = reasons
    }

    /// Whether both images have the same size.
    public var sameSize: Bool { expectedSize == actualSize }
    /// A tolerance was declared but the images are identical: the tolerance can be removed.
    public var toleranceUnnecessary: Bool { tolerance != nil && differingPixels == 0 && sameSize }

    /// One line for a console.
    public var summary: String {
        var text: String
        switch verdict {
        case .sizeMismatch:
            text = "different sizes: expected \(expectedSize), actual \(actualSize)"
        case .identical:
            text = "identical (\(expectedSize))"
        case .withinTolerance, .different:
            text =
                "\(verdict == .different ? "different" : "within tolerance"): max channel difference \(maxDifference), \(differingPixels) differing pixels"
            if let tile = worstTile {
                text += ", worst 16×16 tile at (\(tile.x), \(tile.y)) with \(tile.differingPixels)"
            }
        }
        if let tolerance { text += "; tolerance \(tolerance)" }
        if !reasons.isEmpty { text += " — " + reasons.joined(separator: "; ") }
        if toleranceUnnecessary { text += " — the tolerance is unnecessary (no pixel differs): remove it" }
        return text
    }
}

/// Width and height of an image in pixels.
public struct ImageSize: Hashable, Sendable, Codable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
    public var description: String { "\(width)×\(height)" }
}
