import Foundation
import Testing

/// `dlplot train` end to end on a tiny data set the test writes itself (raw IDX files of 4×4 images): the
/// series file, reuse, thread-count independence, and the bad inputs (one line, the right exit code,
/// nothing half-written).
@Suite("dlplot train")
struct TrainCommandTests {
    /// Writes train/t10k IDX files (raw) into `folder`: `train` and `test` 4×4 images whose label is their
    /// brightest quarter, so the net has something to learn.
    static func writeData(in folder: URL, train: Int = 60, test: Int = 20, testLabels: Int? = nil) throws {
        func header(_ magic: UInt32, _ dimensions: [Int]) -> [UInt8] {
            ([magic] + dimensions.map(UInt32.init)).flatMap { value in
                (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) }
            }
        }
        func split(_ prefix: String, count: Int, labelCount: Int) throws {
            var pixels: [UInt8] = [], labels: [UInt8] = []
            for index in 0..<count {
                let label = index % 4
                labels.append(UInt8(label))
                pixels += (0..<16).map { pixel in pixel / 4 == label ? 200 : UInt8((index * 7 + pixel * 13) % 60) }
            }
            try Data(header(2051, [count, 4, 4]) + pixels).write(
                to: folder.appendingPathComponent("\(prefix)-images-idx3-ubyte"))
            try Data(
                header(2049, [labelCount]) + labels.prefix(labelCount)
                    + [UInt8](repeating: 0, count: max(0, labelCount - count))
            )
            .write(to: folder.appendingPathComponent("\(prefix)-labels-idx1-ubyte"))
        }
        try split("train", count: train, labelCount: train)
        try split("t10k", count: test, labelCount: testLabels ?? test)
    }

    static func train(_ arguments: [String], in folder: URL) throws -> CommandLineTests.Run {
        try CommandLineTests.run(
            ["train", "--data-dir", "data", "--iters", "40", "--batch", "6", "--quiet"] + arguments, in: folder)
    }

    static func withScratch(_ body: (URL) throws -> Void) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        try writeData(in: folder.appendingPathComponent("data"))
        try body(folder)
    }

    @Test func writesTheSeriesTheSameWithOneOrTwoThreadsAndReusesIt() throws {
        try Self.withScratch { folder in
            let one = try Self.train(["--threads", "1", "--out", "one.json"], in: folder)
            let two = try Self.train(["--threads", "2", "--out", "two.json"], in: folder)
            #expect(one.status == 0 && two.status == 0, "\(one.stderr) \(two.stderr)")
            let bytes = try Data(contentsOf: folder.appendingPathComponent("one.json"))
            #expect(bytes == (try Data(contentsOf: folder.appendingPathComponent("two.json"))))
            let series = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
            #expect((series["losses"] as? [Double])?.count == 40)
            #expect(series["computation"] as? Int == 2)
            #expect(((series["dataset"] as? [String: Any])?["sha256"] as? String)?.count == 64)

            let reused = try CommandLineTests.run(
                [
                    "train", "--data-dir", "data", "--iters", "40", "--batch", "6", "--reuse-if-current", "--out",
                    "one.json",
                ], in: folder)
            #expect(reused.status == 0 && reused.stderr.contains("is current"), "\(reused.stderr)")
            // A series from an older computation revision is retrained, not reused.
            let older = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
                of: "\"computation\" : 2", with: "\"computation\" : 1")
            try Data(older.utf8).write(to: folder.appendingPathComponent("one.json"))
            let retrained = try CommandLineTests.run(
                [
                    "train", "--data-dir", "data", "--iters", "40", "--batch", "6", "--reuse-if-current", "--out",
                    "one.json",
                ], in: folder)
            #expect(retrained.status == 0 && !retrained.stderr.contains("is current"), "\(retrained.stderr)")
            #expect(try Data(contentsOf: folder.appendingPathComponent("one.json")) == bytes)
        }
    }

    @Test func theTrainingFiguresDrawAGivenSeries() throws {
        try Self.withScratch { folder in
            #expect(try Self.train(["--out", "run.json"], in: folder).status == 0)
            let drawn = try CommandLineTests.run(
                ["training-loss", "--series", "run.json", "--first", "10", "--out", "loss.svg", "--data", "loss.csv"],
                in: folder)
            #expect(drawn.status == 0, "\(drawn.stderr)")
            let svg = try String(contentsOf: folder.appendingPathComponent("loss.svg"), encoding: .utf8)
            #expect(svg.contains("<svg"))
            let csv = try String(contentsOf: folder.appendingPathComponent("loss.csv"), encoding: .utf8)
            #expect(csv.split(separator: "\n").count == 1 + 40, "one row per iteration of the given run")
            let accuracy = try CommandLineTests.run(
                ["training-accuracy", "--series", "run.json", "--out", "acc.png"], in: folder)
            #expect(accuracy.status == 0, "\(accuracy.stderr)")
            let missing = try CommandLineTests.run(
                ["training-accuracy", "--series", "missing.json", "--out", "acc2.png"], in: folder)
            #expect(
                missing.status == 2 && missing.stderr.contains("missing.json") && missing.stderr.contains("--series"),
                "\(missing.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("acc2.png").path))
        }
    }

    @Test func withoutDataACurrentSeriesIsKeptAndAnOutOfDateOneIsExitFour() throws {
        try Self.withScratch { folder in
            #expect(try Self.train(["--out", "run.json"], in: folder).status == 0)
            let bytes = try Data(contentsOf: folder.appendingPathComponent("run.json"))
            let arguments = [
                "train", "--data-dir", "nowhere", "--iters", "40", "--batch", "6", "--reuse-if-current", "--out",
                "run.json",
            ]
            let kept = try CommandLineTests.run(arguments, in: folder)
            #expect(kept.status == 0 && kept.stderr.contains("keeping run.json"), "\(kept.stderr)")
            let older = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
                of: "\"computation\" : 2", with: "\"computation\" : 1")
            try Data(older.utf8).write(to: folder.appendingPathComponent("run.json"))
            let outOfDate = try CommandLineTests.run(arguments, in: folder)
            #expect(outOfDate.status == 4, "\(outOfDate.stderr)")
            #expect(
                outOfDate.stderr.contains("computation revision 1, now 2") && outOfDate.stderr.contains("deps-data"),
                "\(outOfDate.stderr)")
            #expect(outOfDate.stderr.split(separator: "\n").count == 1)
            let otherSettings = try CommandLineTests.run(
                [
                    "train", "--data-dir", "nowhere", "--iters", "41", "--batch", "6", "--reuse-if-current", "--out",
                    "run.json",
                ], in: folder)
            #expect(
                otherSettings.status == 4 && otherSettings.stderr.contains("other settings"), "\(otherSettings.stderr)")
        }
    }

    /// A series written before the `learned` section existed is out of date: retrained with data, exit 4 without.
    @Test func aSeriesWithoutItsLearnedSectionIsRetrained() throws {
        try Self.withScratch { folder in
            #expect(try Self.train(["--out", "run.json"], in: folder).status == 0)
            let url = folder.appendingPathComponent("run.json")
            let bytes = try Data(contentsOf: url)
            var object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
            #expect(object["learned"] is [String: Any])
            object["learned"] = nil
            try JSONSerialization.data(withJSONObject: object).write(to: url)
            let reuse = ["--iters", "40", "--batch", "6", "--reuse-if-current", "--out", "run.json"]
            let outOfDate = try CommandLineTests.run(["train", "--data-dir", "nowhere"] + reuse, in: folder)
            #expect(outOfDate.status == 4 && outOfDate.stderr.contains("no learned section"), "\(outOfDate.stderr)")
            let retrained = try CommandLineTests.run(["train", "--data-dir", "data"] + reuse, in: folder)
            #expect(retrained.status == 0 && !retrained.stderr.contains("is current"), "\(retrained.stderr)")
            #expect(try Data(contentsOf: url) == bytes)
        }
    }

    static let badInputs: [(arguments: [String], status: Int32, says: String)] = [
        (["--iters", "0"], 2, "--iters 0 is out of range"),
        (["--seed", "9007199254740992"], 2, "--seed 9007199254740992 is out of range"),
        (["--lr", "nan"], 2, "--lr nan"),
        (["--threads", "0"], 2, "--threads 0 is out of range"),
        (["--kernel", "gpu"], 2, "--kernel gpu is not allowed"),
        (["--data-dir", "nowhere"], 1, "dataset-fashion-mnist"),
    ]

    @Test(arguments: 0..<badInputs.count)
    func badInputIsOneLineAndNoFile(index: Int) throws {
        let bad = Self.badInputs[index]
        try Self.withScratch { folder in
            let result = try Self.train(bad.arguments + ["--out", "s.json"], in: folder)
            #expect(result.status == bad.status, "\(bad.arguments): \(result.stderr)")
            #expect(
                result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(bad.says), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.json").path))
        }
    }

    @Test func labelsAndImagesOfDifferentCountsAreRefused() throws {
        try Self.withScratch { folder in
            try Self.writeData(in: folder.appendingPathComponent("data"), testLabels: 19)
            let result = try Self.train(["--out", "s.json"], in: folder)
            #expect(
                result.status == 1 && result.stderr.contains("20 images") && result.stderr.contains("19 labels"),
                "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.json").path))
        }
    }

    @Test func aDivergingRateStopsKeepsWhatWasComputedAndExitsThree() throws {
        try Self.withScratch { folder in
            let result = try Self.train(["--lr", "1e38", "--out", "s.json"], in: folder)
            #expect(result.status == 3 && result.stderr.contains("diverged"), "\(result.stderr)")
            let series = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("s.json")))
                    as? [String: Any])
            #expect(series["divergence"] != nil)
        }
    }
}
