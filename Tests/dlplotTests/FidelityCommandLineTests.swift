import Foundation
import Testing

/// The book-fidelity changes through the `dlplot` executable: `relu` draws, `--aspect` is an option of 4-9 and
/// 4-10, and the descent CSV ends with the final position.
@Suite("dlplot command line: book fidelity")
struct FidelityCommandLineTests {
    @Test func reluDrawsWithItsData() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["relu", "--out", "r.png", "--data", "r.csv"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let png = try Data(contentsOf: folder.appendingPathComponent("r.png"))
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4e, 0x47]))
        let lines = try String(contentsOf: folder.appendingPathComponent("r.csv"), encoding: .utf8).split(
            separator: "\n")
        #expect(lines.first == "x,ReLU" && lines.count == 101)
        #expect(lines.last == "4.899999999999965,4.899999999999965", "np.arange(-5.0, 5.0, 0.1)[-1]")
    }

    @Test func gradientDescentTakesAspectAndItsCSVEndsWithTheFinalPosition() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(
            ["gradient-descent", "--aspect", "equal", "--out", "gd.png", "--data", "gd.csv"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOf: folder.appendingPathComponent("gd.csv"), encoding: .utf8).split(
            separator: "\n")
        #expect(lines.first == "after_updates,x0,x1" && lines.count == 22)
        #expect(
            lines.last == "20,-0.03458764513817675,0.04611686018418694",
            "x as gradient_method.py's gradient_descent returns it")
    }

    @Test func aWrongAspectIsOneLineAndExitTwo() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["gradient-field", "--aspect", "round", "--out", "f.png"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--aspect round is not allowed: expected one of auto, equal"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("f.png").path))
    }
}
