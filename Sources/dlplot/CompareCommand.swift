import ArgumentParser
import Foundation
import ImageComparison

/// `dlplot compare EXPECTED ACTUAL`: the golden-image comparator for users' own figures.
/// Exit status 0 same, 1 different, 2 unreadable input, malformed tolerance or different sizes.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two PNG images pixel by pixel (all four channels), exactly unless --fuzz is given.",
        discussion: """
        Exit status: 0 the images are the same (or within the tolerance), 1 they differ (the measures are \
        printed), 2 an input is unreadable or not a PNG, the tolerance is malformed, or the sizes differ.
        """)

    @Argument(help: "The expected (golden) PNG.")
    var expected: String

    @Argument(help: "The actual PNG.")
    var actual: String

    @Option(help: ArgumentHelp(
        "Allowed difference in web-platform-tests' fuzzy syntax, e.g. 'maxDifference=0-2;totalPixels=0-40' or '0-2;0-40'; append ';tilePixels=0-N' to cap differing pixels per 16×16 tile (default \(FuzzyTolerance.defaultTilePixelCap)).",
        valueName: "tolerance"))
    var fuzz: String?

    @Option(help: ArgumentHelp("Write an amplified diff image (changed pixels marked over a faded copy of EXPECTED).", valueName: "out.png"))
    var diff: String?

    @Flag(help: "Print the comparison as JSON instead of one line.")
    var json = false

    func run() throws {
        let tolerance: FuzzyTolerance?
        do { tolerance = try fuzz.map { try FuzzyTolerance(parsing: $0) } } catch { try fail("\(error)") }
        let outcome = PNGCheck().run(expectedPath: expected, actualPath: actual, tolerance: tolerance)
        if let error = outcome.error { try fail(error.description) }
        guard let result = outcome.result, let expectedImage = outcome.expected, let actualImage = outcome.actual else {
            try fail("no comparison was made")
        }
        if let diff {
            do { try PNGCodec.write(try DiffImage.make(expected: expectedImage, actual: actualImage), to: diff) } catch { try fail("\(error)") }
        }
        if result.verdict == .sizeMismatch && !json {
            try fail("\(actual) is \(result.actualSize) but \(expected) is \(result.expectedSize)")
        }
        if json {
            let report = ComparisonReport(name: actual, expectedPath: expected, actualPath: actual, result: result)
            print(String(decoding: try report.jsonData(), as: UTF8.self))
        } else {
            print(result.summary)
        }
        switch result.verdict {
        case .identical, .withinTolerance: return
        case .different: throw ExitCode(1)
        case .sizeMismatch: throw ExitCode(2)
        }
    }

    /// Prints one line to standard error and exits with status 2.
    private func fail(_ message: String) throws -> Never {
        FileHandle.standardError.write(Data("dlplot compare: \(message)\n".utf8))
        throw ExitCode(2)
    }
}
