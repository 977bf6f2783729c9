/// Decodes two PNG files' bytes and compares their pixels: the one check behind `dlplot compare`, the
/// golden tests and the mutation suite, so that all three judge images the same way.
public struct PNGCheck: Sendable {
    /// The comparator that measures and judges decoded pixels.
    public let comparator: any ImageComparing

    /// A check with the given comparator (the real one unless a test injects another).
    public init(comparator: any ImageComparing = PixelComparator()) { self.comparator = comparator }

    /// The outcome of one check.
    public struct Outcome: Sendable {
        /// The decoded expected image, nil if it could not be decoded.
        public var expected: RGBAImage?
        /// The decoded actual image, nil if it could not be decoded.
        public var actual: RGBAImage?
        /// The comparison, nil when an input could not be decoded.
        public var result: ComparisonResult?
        /// Why the images could not be compared (unreadable or invalid PNG), nil otherwise.
        public var error: ImageComparisonError?

        /// Whether the check passes: both decoded and the verdict passes. An error never passes.
        public var passes: Bool { error == nil && result?.verdict.passes == true }
        /// One line for a console.
        public var summary: String { error?.description ?? result?.summary ?? "not compared" }
    }

    /// Decodes both PNGs (named in error messages) and compares them.
    public func run(
        expected: [UInt8], expectedName: String, actual: [UInt8], actualName: String,
        tolerance: FuzzyTolerance?
    ) -> Outcome {
        var outcome = Outcome()
        do {
            outcome.expected = try PNGCodec.decode(expected, name: expectedName)
            outcome.actual = try PNGCodec.decode(actual, name: actualName)
        } catch let error as ImageComparisonError {
            outcome.error = error
            return outcome
        } catch {
            outcome.error = .invalidPNG(name: actualName, reason: "\(error)")
            return outcome
        }
        if let e = outcome.expected, let a = outcome.actual {
            outcome.result = comparator.compare(expected: e, actual: a, tolerance: tolerance)
        }
        return outcome
    }

    /// Reads two PNG files and compares them; a missing or unreadable file is an error outcome.
    public func run(expectedPath: String, actualPath: String, tolerance: FuzzyTolerance?) -> Outcome {
        do {
            return run(
                expected: try PNGCodec.readFile(expectedPath, pngOnly: true), expectedName: expectedPath,
                actual: try PNGCodec.readFile(actualPath, pngOnly: true), actualName: actualPath, tolerance: tolerance)
        } catch let error as ImageComparisonError {
            return Outcome(error: error)
        } catch {
            return Outcome(error: .unreadableFile(path: actualPath, reason: "\(error)"))
        }
    }
}
