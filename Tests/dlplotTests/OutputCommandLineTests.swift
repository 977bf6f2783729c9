import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `dlplot` writing its outputs end to end, as the hostile-input campaign (issue 10) found them: no trap on
/// any path, one line and exit 1 for every write failure, standard output closed or full, devices kept,
/// all or nothing, and checks before long work.
@Suite("dlplot outputs")
struct OutputCommandLineTests {
    /// Runs dlplot through /bin/sh with `redirection` applied to it (e.g. ">&-" closes standard output).
    static func run(
        _ arguments: [String], redirecting redirection: String, in folder: URL
    ) throws -> CommandLineTests.Run {
        try CommandLineTests.run(
            ["-c", "exec \"$0\" \"$@\" \(redirection)", CommandLineTests.binary.path] + arguments, in: folder,
            executable: URL(fileURLWithPath: "/bin/sh"))
    }

    static func withScratch(_ body: (URL) throws -> Void) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    static func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR
    }

    /// A private character device like /dev/null (minor 3) or /dev/full (7) when this process may make one
    /// (root: where the old code replaced such a node with a regular file), else the system's own.
    static func device(minor: UInt32, in folder: URL) -> String {
        let path = folder.appendingPathComponent("device-\(minor)").path
        if mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | minor)) == 0 { return path }
        return minor == 7 ? "/dev/full" : "/dev/null"
    }

    /// Inputs that trapped (SIGILL in NSString's path code) now give an answer: success, or one line.
    static let trappedPaths: [(arguments: [String], status: Int32)] = [
        (["gradient-field", "--out", "x.png", "--data", "-"], 0),
        (["gradient-field", "--out", "x.png", "--data", "a"], 0),
        (["gradient-field", "--out", "x.png", "--data", "."], 1),
        (["gradient-field", "--out", "a", "--format", "png"], 0),
        (["sigmoid", "--out", "missing/x.png"], 1),
        (["sigmoid", "--out", "x.png", "--data", "missing/x.csv"], 1),
        (["sigmoid", "--out", "", "--format", "png"], 2),
        (["sigmoid", "--out", "miss\ning/x.png"], 1),  // a newline in a path does not split the message
        (["train", "--out", "x\n.png"], 2),
    ]

    @Test(arguments: 0..<trappedPaths.count)
    func pathsThatTrappedGiveAnAnswer(index: Int) throws {
        let (arguments, status) = Self.trappedPaths[index]
        try Self.withScratch { folder in
            let result = try CommandLineTests.run(arguments, in: folder)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            if status != 0 {
                #expect(
                    result.stderr.split(separator: "\n").count == 1
                        && result.stderr.hasPrefix("dlplot \(arguments[0]): "), "\(result.stderr)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing written")
            }
        }
    }

    @Test func closedStandardOutputIsExitOneWithOneLine() throws {
        try Self.withScratch { folder in
            for arguments in [["gradient-field", "--out", "-"], ["list"], ["--version"], ["sigmoid", "--help"]] {
                let result = try Self.run(arguments, redirecting: ">&-", in: folder)
                #expect(result.status == 1, "\(arguments): \(result.stderr)")
                let command = arguments[0].hasPrefix("-") ? "dlplot" : "dlplot \(arguments[0])"
                #expect(
                    result.stderr == "\(command): cannot write to standard output: it is closed (Bad file descriptor)\n"
                )
            }
            // Standard error closed: no trap; the exit status is still the command's own.
            #expect(try Self.run(["gradient-field", "--out", "f.svg"], redirecting: "2>&-", in: folder).status == 0)
            #expect(
                try Self.run(["gradient-field", "--lr", "x", "--out", "f.svg"], redirecting: "2>&-", in: folder).status
                    == 2)
            #expect(try Self.run(["gradient-field", "--out", "-"], redirecting: ">&- 2>&-", in: folder).status == 1)
        }
    }

    @Test func aFullDiskOnStandardOutputIsExitOneNamingTheReason() throws {
        try Self.withScratch { folder in
            let full = Self.device(minor: 7, in: folder)
            let result = try Self.run(["gradient-field", "--out", "-"], redirecting: "> '\(full)'", in: folder)
            #expect(result.status == 1)
            #expect(
                result.stderr == "dlplot gradient-field: cannot write to standard output: No space left on device\n")
        }
    }

    /// SIGPIPE is ignored: a reader that goes away is EPIPE, one line and exit 1, not a silent death by signal.
    @Test func aClosedPipeIsExitOneWithOneLine() throws {
        try Self.withScratch { folder in
            // The SVG (about 68 KB) is larger than a pipe's buffer (64 KB), so the write meets the closed end.
            let script = "\"$0\" \"$@\" | true; exit ${PIPESTATUS[0]}"
            let result = try CommandLineTests.run(
                ["-c", script, CommandLineTests.binary.path, "gradient-field", "--out", "-", "--format", "svg"],
                in: folder, executable: URL(fileURLWithPath: "/bin/bash"))
            #expect(result.status == 1)
            #expect(result.stderr == "dlplot gradient-field: cannot write to standard output: Broken pipe\n")
        }
    }

    /// PNG or PDF to a terminal is refused (exit 2); SVG is text and goes through. `script` gives a terminal.
    @Test func binaryOutputToATerminalIsRefused() throws {
        try Self.withScratch { folder in
            let refused = try CommandLineTests.run(
                ["-qec", "'\(CommandLineTests.binary.path)' sigmoid --out -; echo status $?", "/dev/null"],
                in: folder, executable: URL(fileURLWithPath: "/usr/bin/script"))
            let text = String(decoding: refused.stdout, as: UTF8.self)
            #expect(
                text.contains("refusing to write binary output to a terminal") && text.contains("status 2"), "\(text)")
            let svg = try CommandLineTests.run(
                [
                    "-qec", "'\(CommandLineTests.binary.path)' sigmoid --format svg --out -; echo status $?",
                    "/dev/null",
                ],
                in: folder, executable: URL(fileURLWithPath: "/usr/bin/script"))
            let svgText = String(decoding: svg.stdout, as: UTF8.self)
            #expect(svgText.contains("<svg") && svgText.contains("status 0"))
        }
    }

    @Test func aPipeOnStandardOutputGetsTheWholeFigure() throws {
        try Self.withScratch { folder in
            let piped = try CommandLineTests.run(["gradient-field", "--out", "-", "--format", "svg"], in: folder)
            let written = try CommandLineTests.run(["gradient-field", "--out", "f.svg"], in: folder)
            #expect(piped.status == 0 && written.status == 0)
            let file = try Data(contentsOf: folder.appendingPathComponent("f.svg"))
            #expect(piped.stdout == file)
            for path in ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"] {  // kernel links to the pipe: written straight
                let linked = try CommandLineTests.run(["gradient-field", "--out", path, "--format", "svg"], in: folder)
                #expect(linked.status == 0 && linked.stdout == file, "\(path): \(linked.stderr)")
            }
            let closed = try Self.run(
                ["gradient-field", "--out", "/dev/stdout", "--format", "svg"], redirecting: ">&-", in: folder)
            #expect(
                closed.status == 1
                    && closed.stderr == "dlplot gradient-field: cannot write /dev/stdout: descriptor 1 is closed\n")
            let both = try CommandLineTests.run(["sigmoid", "--out", "-", "--data", "-"], in: folder)
            #expect(
                both.status == 2
                    && both.stderr
                        == "dlplot sigmoid: --out and --data both write to standard output; give them different files\n"
            )
        }
    }

    /// `compare --diff -` puts the diff PNG on standard output and the comparison on standard error; a --diff
    /// that cannot be written is exit 1 before anything is compared.
    @Test func compareWritesItsDiffThroughTheSameRules() throws {
        try Self.withScratch { folder in
            #expect(try CommandLineTests.run(["sigmoid", "--out", "a.png"], in: folder).status == 0)
            #expect(try CommandLineTests.run(["step-function", "--out", "b.png"], in: folder).status == 0)
            let piped = try CommandLineTests.run(["compare", "a.png", "b.png", "--diff", "-"], in: folder)
            #expect(
                piped.status == 1 && piped.stdout.starts(with: [0x89, 0x50, 0x4e, 0x47])
                    && piped.stderr.contains("differ"), "\(piped.stderr)")
            let missing = try CommandLineTests.run(
                ["compare", "a.png", "b.png", "--diff", "missing/d.png"], in: folder)
            #expect(missing.status == 1 && missing.stdout.isEmpty)
            #expect(
                missing.stderr == "dlplot compare: --diff: cannot write missing/d.png: folder missing does not exist\n")
        }
    }

    /// Where O_TMPFILE is missing, temporary files have names carrying the owner's pid: a stale one (its
    /// process gone) is removed by the next write into the folder; none of the run's own is left.
    @Test func namedTemporaryFilesAreCleanedUp() throws {
        try Self.withScratch { folder in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/true")
            try process.run()
            process.waitUntilExit()
            let stale = ".dlplot-tmp-\(process.processIdentifier)-7-f.svg"
            try Data("half a figure".utf8).write(to: folder.appendingPathComponent(stale))
            let result = try CommandLineTests.run(
                [
                    "DLPLOT_NAMED_TEMPORARY_FILES=1", CommandLineTests.binary.path, "sigmoid", "--out", "f.svg",
                    "--data", "f.csv",
                ],
                in: folder, executable: URL(fileURLWithPath: "/usr/bin/env"))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["f.csv", "f.svg"])
        }
    }

    @Test func aDeviceIsWrittenNotReplaced() throws {
        try Self.withScratch { folder in
            let null = Self.device(minor: 3, in: folder)
            let result = try CommandLineTests.run(["sigmoid", "--out", null, "--format", "png"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.isCharacterDevice(null), "\(null) was replaced")
        }
    }

    /// The figure's write fails (a full device) after the CSV was staged: neither is left.
    @Test func figureAndDataAreAllOrNothing() throws {
        try Self.withScratch { folder in
            let full = Self.device(minor: 7, in: folder)
            let result = try CommandLineTests.run(
                ["gradient-field", "--out", full, "--format", "png", "--data", "d.csv"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr == "dlplot gradient-field: cannot write \(full): No space left on device\n")
            #expect(
                !FileManager.default.fileExists(atPath: folder.appendingPathComponent("d.csv").path), "the CSV was left"
            )
            #expect(Self.isCharacterDevice(full))
        }
    }

    @Test func aModeAndALinkSurviveTheCommandLine() throws {
        try Self.withScratch { folder in
            let figure = folder.appendingPathComponent("p.svg").path
            let first = try CommandLineTests.run(["gradient-field", "--out", "p.svg"], in: folder)
            chmod(figure, 0o600)
            symlink("p.svg", folder.appendingPathComponent("link.svg").path)
            let second = try CommandLineTests.run(["sigmoid", "--out", "link.svg"], in: folder)
            #expect(first.status == 0 && second.status == 0)
            #expect(Self.mode(figure) == 0o600)
            #expect(Self.mode(folder.appendingPathComponent("link.svg").path, following: false) & S_IFMT == S_IFLNK)
            let svg = try String(contentsOfFile: figure, encoding: .utf8)
            #expect(svg.contains("<svg"))
        }
    }

    static func mode(_ path: String, following: Bool = true) -> mode_t {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return 0 }
        return following ? info.st_mode & 0o7777 : info.st_mode
    }

    @Test func trainChecksItsOutputBeforeTraining() throws {
        try TrainCommandTests.withScratch { folder in
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("folder.json"), withIntermediateDirectories: false)
            for out in ["/proc/dlplot-x.json", "missing/x.json", "folder.json"] {
                // Without --quiet: a start of training would print a line (the old code trained, then failed to write).
                let result = try CommandLineTests.run(
                    ["train", "--data-dir", "data", "--iters", "2000", "--batch", "6", "--out", out], in: folder)
                #expect(result.status == 1, "\(out): \(result.stderr)")
                #expect(
                    result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(out), "\(result.stderr)")
                #expect(!result.stderr.contains("training"), "\(result.stderr)")
            }
        }
    }

    /// Two `dlplot all` into the same new folder at once: both succeed (creating the folder tolerates the
    /// other creator), and the progress lines are numbered in catalogue order.
    @Test func concurrentAllIntoOneNewFolder() throws {
        try Self.withScratch { folder in
            for round in 0..<10 {
                let out = "out-\(round)"
                let runs = Mutex<[CommandLineTests.Run]>([])
                DispatchQueue.concurrentPerform(iterations: 2) { _ in
                    if let run = try? CommandLineTests.run(["all", "--out-dir", out, "--formats", "svg"], in: folder) {
                        runs.withLock { $0.append(run) }
                    }
                }
                let results = runs.withLock { $0 }
                #expect(results.count == 2 && results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
                for result in results {
                    let numbers = result.stderr.split(separator: "\n").compactMap { line in
                        line.hasPrefix("[") ? Int(line.dropFirst().prefix { $0 != "/" }) : nil
                    }
                    #expect(numbers == Array(1...numbers.count) && numbers.count > 10, "\(result.stderr)")
                }
                let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(out).path)
                #expect(names.allSatisfy { $0.hasSuffix(".svg") && !$0.hasPrefix(".") }, "\(names)")
            }
        }
    }
}
