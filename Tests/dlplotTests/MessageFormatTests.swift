import Foundation
import Testing

/// One message format, `dlplot <command>: <what>`, for every error (argument-parser's own included); one
/// line for bad input, with an expression's window and caret only at a terminal; the exit-code table in
/// `dlplot --help` as in the README; developer commands only in `dlplot-dev`.
@Suite("dlplot messages and exit codes")
struct MessageFormatTests {
    static let developerBinary = CommandLineTests.binary.deletingLastPathComponent().appendingPathComponent(
        "dlplot-dev")

    @Test(arguments: [
        (["all"], "dlplot all: missing expected argument '--out-dir <dir>'"),
        (["train", "--bogus"], "dlplot train: unknown option '--bogus'"),
        (["compare", "a.png"], "dlplot compare: missing expected argument '<actual>'"),
        (
            ["tangent", "--f", "x + (y"],
            "dlplot tangent: --f: unknown name 'y' at column 6 (allowed here: x, pi, e, exp, log, sin, cos, tan, sqrt, abs, tanh)"
        ),
        (["golden", "check"], "dlplot: unknown figure or command 'golden'"),
    ])
    func errorsNameTheCommandInLowerCase(arguments: [String], expected: String) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandLineTests.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.split(separator: "\n").first.map(String.init)?.hasPrefix(expected) == true, "\(result.stderr)"
        )
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    /// At a terminal (`script` gives one) a bad expression is followed by the expression and a caret.
    @Test func anExpressionErrorShowsTheCaretOnlyAtATerminal() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "'\(CommandLineTests.binary.path)' tangent --f 'x + (y' -o t.png; echo status $?"
        let terminal = try CommandLineTests.run(
            ["-qec", command, "/dev/null"], in: folder, executable: URL(fileURLWithPath: "/usr/bin/script"))
        let lines = String(decoding: terminal.stdout, as: UTF8.self).split(whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(lines.count == 4, "message, expression, caret, status: \(lines)")
        #expect(lines.first?.hasPrefix("dlplot tangent: --f: unknown name 'y' at column 6") == true)
        #expect(
            lines.dropFirst().first == "x + (y" && lines.dropFirst(2).first == "^" && lines.last == "status 2",
            "\(lines)")
    }

    /// `dlplot --help` lists the exit codes of the README's table.
    @Test func helpListsTheReadmesExitCodes() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = String(decoding: try CommandLineTests.run(["--help"], in: folder).stdout, as: UTF8.self)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let readmeURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../README.md")
        let readme = try String(contentsOf: readmeURL, encoding: .utf8).split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
        for (code, meaning) in [("0", "success"), ("2", "usage"), ("3", "training diverged"), ("4", "out of date")] {
            #expect(
                help.contains("\(code) ")
                    && help.range(of: "\(code) [^;]*\(meaning)", options: .regularExpression) != nil,
                "help: \(code) \(meaning)")
            #expect(
                readme.range(of: "\(code) [^,]*\(meaning)", options: .regularExpression) != nil,
                "README: \(code) \(meaning)")
        }
        #expect(
            help.contains(
                "1 a file, folder, disk, memory budget or standard output failed (compare: the images differ)"))
        #expect(readme.contains("1 a file, folder, disk, memory budget or standard output failed"))
    }

    @Test func developerCommandsLiveInDlplotDev() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try CommandLineTests.run(["--help"], in: folder, executable: Self.developerBinary)
        let text = String(decoding: help.stdout, as: UTF8.self)
        #expect(help.status == 0 && ["golden", "bench-line", "bench-figures"].allSatisfy(text.contains), "\(text)")
        let bad = try CommandLineTests.run(
            ["bench-line", "--points", "1"], in: folder, executable: Self.developerBinary)
        #expect(
            bad.status == 2 && bad.stderr == "dlplot-dev bench-line: --points 1 is not allowed; use 2…20000000\n",
            "\(bad.stderr)")
        let user = String(decoding: try CommandLineTests.run(["--help"], in: folder).stdout, as: UTF8.self)
        #expect(!user.contains("golden") && !user.contains("bench-"))
    }
}
