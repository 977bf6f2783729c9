import Foundation
import ImageComparison
import Testing

@testable import Figures

/// Issue 10 end to end: each input that crashed or ran out of memory now ends with one line on stderr and the
/// documented exit status (0 success, 1 I/O or machine failure, 2 usage, 3 training diverged).
@Suite("dlplot on hostile input")
struct HostileInputCommandLineTests {
    private func run(_ arguments: [String], in folder: URL) throws -> CommandLineTests.Run {
        try CommandLineTests.run(arguments, in: folder)
    }

    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    /// surface-3d --f "1e308*x0" trapped (z range wider than the largest Double).
    @Test func surfaceOfHugeFiniteValuesIsDrawn() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for function in ["1e308*x0", "1e308*x0 - 1e308*x1"] {
            let result = try run(["surface-3d", "--f", function, "--out", "s.png"], in: folder)
            #expect(result.status == 0, "\(function): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.png").path))
        }
    }

    /// true-vs-numerical-derivative --f "1e308*x": its own y limits overflowed ("Axes: y limits -inf...inf are not
    /// finite", exit 2); now the axes' bounded rule takes over and the figure is drawn.
    @Test func derivativeOfHugeFiniteValuesIsDrawn() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["true-vs-numerical-derivative", "--f", "1e308*x", "--out", "d.png"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("d.png").path))
    }

    /// argument-parser echoes an unknown option whole: a 5,000-character one made a 5 KB error line.
    @Test func aHugeUnknownOptionIsEchoedShortened() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["sigmoid", "--" + String(repeating: "x", count: 5000), "1"], in: folder)
        #expect(result.status == 2)
        #expect(lines(result.stderr).count == 1 && result.stderr.count < 400, "\(result.stderr.prefix(500))")
        #expect(result.stderr.contains("(5005 characters)"), "\(result.stderr.prefix(500))")
    }

    /// Functions that are NaN or infinite everywhere: drawn, with one warning line saying so.
    @Test(arguments: [
        ["function-1", "--f", "log(-1-x^2)"], ["tangent", "--f", "1/0*x"], ["surface-3d", "--f", "log(-1-x0^2)"],
        ["gradient-field", "--f", "log(-1-x0^2)"], ["true-vs-numerical-derivative", "--f", "1/0*x"],
    ])
    func nothingFiniteToDrawIsSaid(arguments: [String]) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(arguments + ["--out", "x.png"], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("nothing to draw"), "\(arguments): \(result.stderr)")
    }

    /// Extreme option values: a picture or one line and exit 2, never a signal.
    @Test(arguments: [
        ["surface-3d", "--elevation", "-0"], ["surface-3d", "--azimuth", "5e-324"], ["surface-3d", "--step", "1e-300"],
        ["gradient-field", "--step", "5e-324"], ["gradient-field", "--range", "-1e100,1e100"],
        ["gradient-field", "--range", "0,5e-324"],
        ["gradient-descent", "--lr", "1e308"], ["gradient-descent", "--init", "1e100,-1e100"],
        ["gradient-descent", "--steps", "99999999999999999999"],
        ["learning-rates", "--lr", "5e-324,1e100"], ["tangent", "--at", "1e100"],
        ["tangent", "--range", "-1e308,1e308"],
        ["true-vs-numerical-derivative", "--h", "1e100"], ["true-vs-numerical-derivative", "--at", "-1e100"],
        ["loss-vs-accuracy", "--weight", "99999999999999999999,0"], ["log", "--range", "0,5e-324"],
        ["log", "--range", "1e99,1e100"],
        ["training-loss", "--first", "99999999999999999999"], ["sigmoid", "--width", "5e-324"],
        ["sigmoid", "--dpi", "1e308"],
        ["sigmoid", "--height", "99999999999999999999"], ["step-function", "--step", "1e308"],
        ["gradient-field", "--step", "1e308"],
        ["function-1", "--step", "1e-300"], ["surface-3d", "--range", "-5e-324,5e-324"],
    ])
    func extremeOptionValues(arguments: [String]) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(arguments + ["--out", "x.png"], in: folder)
        #expect(result.status == 0 || result.status == 2, "\(arguments): status \(result.status): \(result.stderr)")
        if result.status == 2 { #expect(lines(result.stderr).count == 1, "\(arguments): \(result.stderr)") }
    }

    /// The shared settings are checked by FigureSettings, as `dlplot serve` checks its query: the same message
    /// for the same value (found by the server's hostile campaign: argument-parser answered in its own words and
    /// took "-3,4" for an option).
    @Test(arguments: [
        (["--dpi", "-3,4"], "--dpi -3,4 is not allowed: expected a number above 0 and at most 2400"),
        (
            ["--width", "0.10.10.1"],
            "--width 0.10.10.1 is not allowed: expected a number above 0 and at most 100 (inches)"
        ),
        (["--height", "nan"], "--height nan is not allowed: expected a number above 0 and at most 100 (inches)"),
        (["--lang", "KO"], "--lang KO is not allowed: expected ko or en"),
    ])
    func sharedSettingsGiveTheServersMessages(arguments: [String], message: String) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["sigmoid"] + arguments + ["--out", "x.png"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "dlplot sigmoid: \(message)\n")
    }

    /// Values of 100,000 characters: refused with one short line (an expression's window and caret only at a
    /// terminal), whatever the nesting.
    @Test(arguments: [
        ["tangent", "--f", String(repeating: "(", count: 100_000) + "x"],
        ["tangent", "--f=" + String(repeating: "-", count: 100_000) + "x"],
        ["tangent", "--f", "x" + String(repeating: "\u{0301}", count: 30_000)],
        ["gradient-descent", "--lr", String(repeating: "9", count: 100_000) + "x"],
        ["tangent", "--at", String(repeating: "1,", count: 50_000)],
    ])
    func longValuesGiveShortMessages(arguments: [String]) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(arguments + ["--out", "x.png"], in: folder)
        #expect(result.status == 2)
        #expect(lines(result.stderr).count == 1, "\(result.stderr.prefix(300))")
        #expect(result.stderr.unicodeScalars.count < 600, "\(result.stderr.unicodeScalars.count) scalars")
    }

    /// compare of a 100000×1 and a 1×100000 image with --diff allocated 10 GB and aborted.
    @Test func compareOfDifferentSizesIsOneLineExitOneAndNoDiff() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wide = folder.appendingPathComponent("wide.png"), tall = folder.appendingPathComponent("tall.png")
        try Data(PNGCodec.encode(RGBAImage(width: 100_000, height: 1, filledWith: .white))).write(to: wide)
        try Data(PNGCodec.encode(RGBAImage(width: 1, height: 100_000, filledWith: .white))).write(to: tall)
        let result = try run(["compare", "wide.png", "tall.png", "--diff", "d.png"], in: folder)
        #expect(result.status == 1)
        #expect(lines(result.stderr) == ["dlplot compare: tall.png is 1×100000 but wide.png is 100000×1"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("d.png").path))
    }

    @Test func compareOfUnreadableInputIsExitOneAndABadToleranceExitTwo() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let image = folder.appendingPathComponent("a.png")
        try Data(PNGCodec.encode(RGBAImage(width: 2, height: 2, filledWith: .white))).write(to: image)
        for other in ["/dev/zero", "missing.png", "."] {
            let result = try run(["compare", "a.png", other], in: folder)
            #expect(
                result.status == 1 && lines(result.stderr).count == 1, "\(other): \(result.status) \(result.stderr)")
        }
        let bad = try run(["compare", "a.png", "a.png", "--fuzz", "maxDifference=2-1;totalPixels=0-40"], in: folder)
        #expect(bad.status == 2 && lines(bad.stderr).count == 1)
    }

    /// A data folder whose headers announce 60 images of 4096 × 4096 (the 1 MB .gz that took 7.5 GB).
    @Test func trainingOnHugeImagesIsRefusedFromTheHeaders() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeDataset(in: folder, train: 60, test: 10, side: 4096, withData: false)
        let result = try run(["train", "--data-dir", ".", "--out", "run.json", "--iters", "5"], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            lines(result.stderr).count == 1 && result.stderr.contains("4096 × 4096")
                && result.stderr.contains("--max-memory"))
        let badSize = try run(["train", "--data-dir", ".", "--out", "run.json", "--max-memory", "lots"], in: folder)
        #expect(badSize.status == 2 && lines(badSize.stderr).count == 1)
    }

    /// `--lr 1e30 --iters 99` exited 0: divergence was only looked for after 100 iterations.
    @Test func aShortDivergingRunExitsThree() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeDataset(in: folder, train: 40, test: 20, side: 4, withData: true)
        let result = try run(
            [
                "train", "--data-dir", ".", "--out", "run.json", "--iters", "99", "--batch", "8", "--lr", "1e30",
                "--quiet",
            ], in: folder)
        #expect(result.status == 3, "\(result.stderr)")
    }

    /// The four raw IDX files of a data set: images of `side × side` (only their headers unless `withData`).
    private func writeDataset(in folder: URL, train: UInt32, test: UInt32, side: UInt32, withData: Bool) throws {
        func header(_ words: [UInt32]) -> [UInt8] {
            words.flatMap { word in (0..<4).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) } }
        }
        for (prefix, count) in [("train", train), ("t10k", test)] {
            let pixels = withData ? (0..<Int(count * side * side)).map { UInt8(truncatingIfNeeded: $0 * 37) } : []
            let labels = withData ? (0..<Int(count)).map { UInt8($0 % 10) } : []
            try Data(header([2051, count, side, side]) + pixels).write(
                to: folder.appendingPathComponent("\(prefix)-images-idx3-ubyte"))
            try Data(header([2049, count]) + labels).write(
                to: folder.appendingPathComponent("\(prefix)-labels-idx1-ubyte"))
        }
    }
}

/// Sample counts derived from options are bounded before anything is allocated, and the message names the
/// values and the allowed count.
@Suite struct SamplingBoundsTests {
    private func message(_ given: [String]) -> String? {
        var options: [ParameterName: String] = [:]
        for pair in stride(from: 0, to: given.count - 1, by: 2) {
            options[ParameterName(rawValue: given[pair])!] = given[pair + 1]
        }
        do {
            _ = try FigureBuilder.build(Catalogue.figure(id: "gradient-field")!, given: options)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func tooManyOrTooFewPointsAreRefusedNamingTheValues() {
        #expect(
            message(["step", "1e308"])
                == "--range -2,2 with --step 1e+308 gives 1 point; allowed 2 to 400 (use a smaller --step)")
        #expect(
            message(["step", "5e-324"])
                == "--range -2,2 with --step 5e-324 gives infinitely many points; allowed 2 to 400 (use a larger --step)"
        )
        #expect(
            message(["step", "1e-300"])
                == "--range -2,2 with --step 1e-300 gives about 4.0e+300 points; allowed 2 to 400 (use a larger --step)"
        )
        #expect(message(["step", "0.25"]) == nil)
    }
}
