import Foundation
import Testing

/// `dlplot compare`'s exit codes as documented (also checked by scripts/golden-check.sh): 0 the same, 1 they
/// differ, have different sizes or one is unreadable, 2 a malformed tolerance.
@Suite("dlplot compare exit codes")
struct CompareExitCodeTests {
    @Test func exitCodesFollowTheTable() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, name) in [
            (["--width", "2", "--height", "1.5"], "a.png"),
            (["--width", "2", "--height", "1.5", "--title", "t"], "titled.png"),
            (["--width", "2.5", "--height", "1.5"], "wider.png"),
        ] {
            #expect(try CommandLineTests.run(["sigmoid"] + arguments + ["-o", name], in: folder).status == 0)
        }
        try Data("not a png".utf8).write(to: folder.appendingPathComponent("bad.png"))
        let cases: [(arguments: [String], status: Int32, what: String)] = [
            (["a.png", "a.png"], 0, "the same image"),
            (["a.png", "titled.png"], 1, "different images"),
            (["a.png", "wider.png"], 1, "different sizes"),
            (["a.png", "bad.png"], 1, "an unreadable image"),
            (["a.png", "missing.png"], 1, "a missing image"),
            (["a.png", "a.png", "--fuzz", "maxDifference=2-1;totalPixels=0-40"], 2, "a malformed tolerance"),
        ]
        for (arguments, status, what) in cases {
            let result = try CommandLineTests.run(["compare"] + arguments, in: folder)
            #expect(result.status == status, "\(what): \(result.stderr)")
            if status != 0, !result.stderr.isEmpty {
                #expect(
                    result.stderr.hasPrefix("dlplot compare: ") && result.stderr.split(separator: "\n").count == 1,
                    "\(what): \(result.stderr)")
            }
        }
    }
}
