import ArgumentParser
import DLPlotCLI
import FileOutput
import Foundation
import ImageComparison

/// `dlplot compare EXPECTED ACTUAL`: the golden-image comparator for users' own figures.
/// Exit status 0 same, 1 different (or of different sizes), unreadable or too large, or the --diff file or standard
/// output cannot be written, 2 a malformed tolerance.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two PNG images pixel by pixel (all four channels), exactly unless --fuzz is given.",
        discussion: """
            Exit status: 0 the images are the same (or within the tolerance), 1 they differ (the measures are \
            printed) or have different sizes (no diff image then), or an input is unreadable, not a PNG or past \
            \(PNGCodec.maximumPixelCount / 1_000_000) megapixels, or the --diff file or standard output cannot be written; \
            2 the tolerance is malformed.
            """)

    @Argument(help: "The expected (golden) PNG.")
    var expected: String

    @Argument(help: "The actual PNG.")
    var actual: String

    @Option(
        help: ArgumentHelp(
            "Allowed difference in web-platform-tests' fuzzy syntax, e.g. 'maxDifference=0-2;totalPixels=0-40' or '0-2;0-40'; append ';tilePixels=0-N' to cap differing pixels per 16×16 tile (default \(FuzzyTolerance.defaultTilePixelCap)).",
            valueName: "tolerance"))
    var fuzz: String?

    @Option(
        help: ArgumentHelp(
            "Write an amplified diff image (changed pixels marked over a faded copy of EXPECTED); '-' writes it to standard output and the comparison to standard error.",
            valueName: "out.png"))
    var diff: String?

    @Flag(help: "Print the comparison as JSON instead of one line.")
    var json = false

    func run() throws {
        let tolerance: FuzzyTolerance?
        do { tolerance = try fuzz.map { try FuzzyTolerance(parsing: $0) } } catch { try fail("\(error)", status: 2) }
        let diffDestination: OutputDestination?
        do {
            diffDestination = try diff.map { path throws(OutputError) in
                try OutputDestination.prepare(path, binary: true)
            }
        } catch {
            try fail("--diff: \(error.message)", status: error.exitStatus)
        }
        let outcome = PNGCheck().run(expectedPath: expected, actualPath: actual, tolerance: tolerance)
        if let error = outcome.error { try fail(error.description, status: 1) }
        guard let result = outcome.result, let expectedImage = outcome.expected, let actualImage = outcome.actual else {
            try fail("no comparison was made", status: 1)
        }
        if let diffDestination, result.verdict != .sizeMismatch {
            do {
                try OutputSet.write(
                    PNGCodec.encode(DiffImage.make(expected: expectedImage, actual: actualImage)), to: diffDestination)
            } catch let error as OutputError {
                try fail("--diff: \(error.message)", status: 1)
            } catch { try fail("\(error)", status: 1) }
        }
        if result.verdict == .sizeMismatch && !json {
            try fail("\(actual) is \(result.actualSize) but \(expected) is \(result.expectedSize)", status: 1)
        }
        let text =
            json
            ? String(
                decoding: try ComparisonReport(name: actual, expectedPath: expected, actualPath: actual, result: result)
                    .jsonData(), as: UTF8.self)
            : result.summary
        // With --diff -, standard output carries the PNG: the comparison goes to standard error instead.
        if diffDestination == .standardOutput {
            StandardStreams.printError("dlplot compare: " + text)
        } else {
            try StandardStreams.writeLine(text)
        }
        switch result.verdict {
        case .identical, .withinTolerance: return
        case .different: throw ExitCode(1)
        case .sizeMismatch: throw ExitCode(1)
        }
    }

    /// Stops with one line `dlplot compare: <message>` (printed by the entry point) and `status` (2: a malformed
    /// tolerance; 1: an input that cannot be read or compared, or an output that cannot be written).
    private func fail(_ message: String, status: Int32) throws -> Never {
        throw CommandError(message: message, status: status)
    }
}
