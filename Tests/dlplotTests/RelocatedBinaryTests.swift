import Foundation
import Testing

/// A copy of the `dlplot` binary, run from a folder far from the source tree and the build folder, draws every
/// figure: nothing it needs (the committed training series, fonts by their system paths) is looked up next to
/// the sources it was built from. Where the test may (root, `unshare` from util-linux), the source tree is
/// hidden from the copy altogether: an empty folder is bind-mounted over it in a private mount namespace, as if
/// the sources had been moved away.
@Suite("A copied dlplot binary")
struct RelocatedBinaryTests {
    @Test("draws every figure, the training ones included, from another folder with no sources beside it")
    func copiedBinaryDrawsEveryFigure() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("dlplot")
        try FileManager.default.copyItem(at: CommandLineTests.binary, to: copy)

        let arguments = ["all", "--out-dir", "out", "--formats", "svg", "--html"]
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let process = Process()
        if Self.canHideSourceTree {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
            process.arguments =
                [
                    "--mount", "/bin/sh", "-c", "mount --bind \"$1\" \"$2\" && shift 2 && exec \"$@\"",
                    "sh", empty.path, Self.packageRoot.path, copy.path,
                ] + arguments
        } else {
            process.executableURL = copy
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "DLPLOT_TRAINING_SERIES")
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        for id in ["training-loss", "training-accuracy", "gradient-descent"] {
            #expect(written.contains("\(id).svg"), "\(written.sorted())")
        }
        #expect(written.contains("index.html"))
    }

    /// The folder of Package.swift (the tests may look at the sources; the binary must not need them).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Whether a private mount namespace can hide the source tree here (root with util-linux's unshare).
    static let canHideSourceTree: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["--mount", "/bin/true"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()
}
