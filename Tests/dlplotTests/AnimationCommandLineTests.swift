import Foundation
import Testing

/// `dlplot <id> --animate` end to end: the formats by extension, the timing options' one-line errors (exit 2),
/// a missing ffmpeg (exit 1, nothing written), a full device (exit 1, the device kept), and the animation and
/// its `--data` written together.
@Suite("dlplot --animate")
struct AnimationCommandLineTests {
    private func run(
        _ arguments: [String], in folder: URL, environment: [String: String]? = nil
    ) throws
        -> CommandLineTests.Run
    {
        guard let environment else { return try CommandLineTests.run(arguments, in: folder) }
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return CommandLineTests.Run(status: process.terminationStatus, stdout: Data(), stderr: stderr)
    }

    @Test func aGIFAndItsDataAreWrittenTogether() throws {
        try OutputCommandLineTests.withScratch { folder in
            let result = try run(
                ["gradient-descent", "--animate", "--frames", "4", "--out", "gd.gif", "--data", "gd.csv"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let gif = try Data(contentsOf: folder.appendingPathComponent("gd.gif"))
            #expect(gif.prefix(6) == Data("GIF89a".utf8))
            #expect(gif.last == 0x3B)
            let csv = try String(contentsOf: folder.appendingPathComponent("gd.csv"), encoding: .utf8)
            #expect(csv.hasPrefix("after_updates,x0,x1\n0,-3,4\n"))
        }
    }

    @Test func theHTMLPlayerIsOnePageWithTheFrameLabels() throws {
        try OutputCommandLineTests.withScratch { folder in
            let result = try run(
                ["tangent", "--animate", "--frames", "3", "--lang", "en", "--out", "t.html"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let page = try String(contentsOf: folder.appendingPathComponent("t.html"), encoding: .utf8)
            #expect(page.hasPrefix("<!DOCTYPE html>"))
            #expect(page.contains("x = 0: slope 0.1"))
            #expect(!page.contains("http://") && !page.contains("https://"))
        }
    }

    @Test(arguments: [
        (
            ["gradient-descent", "--animate", "--fps", "0"],
            "dlplot gradient-descent: --fps 0 is not allowed: expected a number from 0.1 to 50"
        ),
        (
            ["gradient-descent", "--animate", "--frames", "10000000"],
            "dlplot gradient-descent: --frames 10000000 is not allowed: expected a whole number from 1 to 1000 (the cap on frames)"
        ),
        (
            ["gradient-descent", "--animate", "--out", "gd.avi"],
            "dlplot gradient-descent: unknown animation format '.avi'; use one of gif, webp, webm, mp4, html"
        ),
        (
            ["gradient-descent", "--out", "gd.gif"],
            "dlplot gradient-descent: --out gd.gif: a .gif file is an animation; add --animate (or write .png, .svg or .pdf)"
        ),
        (
            ["gradient-descent", "--hold", "2"],
            "dlplot gradient-descent: --hold needs --animate (it sets the animation's timing)"
        ),
    ])
    func badAnimationOptionsAreOneLineExitTwo(arguments: [String], message: String) throws {
        try OutputCommandLineTests.withScratch { folder in
            let result = try run(arguments + (arguments.contains("--out") ? [] : ["--out", "x.gif"]), in: folder)
            #expect(result.status == 2)
            #expect(result.stderr == message + "\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test func aFigureThatDoesNotMoveNamesThoseThatDo() throws {
        try OutputCommandLineTests.withScratch { folder in
            let result = try run(["relu", "--animate", "--out", "r.gif"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("dlplot relu: relu has no animation; --animate works with "))
            #expect(result.stderr.contains("gradient-descent") && result.stderr.contains("surface-3d"))
        }
    }

    @Test(arguments: ["webm", "mp4"])
    func withoutFFmpegVideoIsOneLineExitOneAndNothingWritten(format: String) throws {
        try OutputCommandLineTests.withScratch { folder in
            let result = try run(
                ["gradient-descent", "--animate", "--out", "gd.\(format)"], in: folder,
                environment: ["PATH": folder.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("needs the ffmpeg program") && result.stderr.contains("make deps-video"))
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test func aFullDeviceIsExitOneAndStaysADevice() throws {
        try OutputCommandLineTests.withScratch { folder in
            let full = OutputCommandLineTests.device(minor: 7, in: folder)
            // The extension names the format: reach the device through a link called full.gif.
            let link = folder.appendingPathComponent("full.gif").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: full)
            let written = try run(["gradient-descent", "--animate", "--frames", "2", "--out", "full.gif"], in: folder)
            #expect(written.status == 1)
            #expect(written.stderr.contains("No space left on device"))
            #expect(OutputCommandLineTests.isCharacterDevice(full))
        }
    }
}
