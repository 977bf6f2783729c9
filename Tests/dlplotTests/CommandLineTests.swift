import Figures
import Foundation
import Testing

/// The `dlplot` executable end to end: exit codes, one-line errors, and no file written on bad input.
@Suite("dlplot command line")
struct CommandLineTests {
    /// The dlplot binary in the build products folder (the test target depends on it, so it is built first).
    static let binary: URL = {
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("dlplot") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    struct Run {
        let status: Int32
        let stdout: Data
        let stderr: String
    }

    static func run(_ arguments: [String], in folder: URL, executable: URL = binary) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dlplot-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let badInputs: [[String]] = [
        ["gradient-feild", "--out", "x.png"],
        ["gradient-descent", "--lr", "nan", "--out", "x.png"],
        ["gradient-descent", "--steps", "-1", "--out", "x.png"],
        ["gradient-descent", "--steps", "1000001", "--out", "x.png"],
        ["gradient-descent", "--init", "-3", "--out", "x.png"],
        ["sigmoid", "--width", "0", "--out", "x.png"],
        ["sigmoid", "--out", "x.gif"],
        ["tangent", "--f", "x + (y", "--out", "x.png"],
        ["tangent", "--rnage", "0,1", "--out", "x.png"],
        ["sigmoid", "--lr", "0.1", "--out", "x.png"],
    ]

    @Test(arguments: badInputs)
    func badInputIsOneLineExitTwoAndNoFile(arguments: [String]) throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("x.png")
        try Data("old".utf8).write(to: existing)
        let result = try Self.run(arguments, in: folder)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        // "dlplot <figure-id>: …"; a mistyped figure names no command: "dlplot: unknown figure …".
        let command = Catalogue.figure(id: arguments[0]) == nil ? "dlplot" : "dlplot \(arguments[0])"
        #expect(lines.first?.hasPrefix("\(command): ") == true, "\(result.stderr)")
        #expect(
            lines.count == 1, "one line, an expression's too, when standard error is not a terminal: \(result.stderr)")
        #expect(try Data(contentsOf: existing) == Data("old".utf8), "the existing file was overwritten")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files == ["x.png"], "files left behind: \(files)")
    }

    @Test func suggestionsNameTheNearestValidName() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.run(["gradient-feild"], in: folder).stderr.contains("did you mean 'gradient-field'?"))
        #expect(try Self.run(["tangent", "--rnage", "0,1"], in: folder).stderr.contains("did you mean '--range'?"))
    }

    @Test func drawsAFigureWithDataAndToStandardOutput() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let drawn = try Self.run(["gradient-field", "--out", "f.svg", "--data", "f.csv"], in: folder)
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("f.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"))
        let csv = try String(contentsOf: folder.appendingPathComponent("f.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("x0,x1,-df/dx0,-df/dx1\n-2,-2,"))
        #expect(csv.split(separator: "\n").count == 1 + 18 * 18)
        let piped = try Self.run(["sigmoid", "--out", "-"], in: folder)
        #expect(piped.status == 0)
        #expect(
            piped.stdout.prefix(8) == Data([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "a PNG on standard output"
        )
    }

    @Test func aDivergingRateWarnsButDraws() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["learning-rates", "--lr", "1e200,0.1", "--out", "lr.png"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: learning rate 1e+200 diverged"))
        let size =
            try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("lr.png").path)[.size]
            as? Int
        #expect((size ?? 0) > 1000)
    }

    @Test func versionListAndHelp() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let version = try Self.run(["--version"], in: folder)
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let list = String(decoding: try Self.run(["list"], in: folder).stdout, as: UTF8.self)
        #expect(list.contains("gradient-field") && list.contains("4-9"))
        let help = String(decoding: try Self.run(["gradient-descent", "--help"], in: folder).stdout, as: UTF8.self)
        #expect(help.contains("--lr") && help.contains("--init") && !help.contains("--azimuth"))
    }
}
