import Foundation
import Testing

@testable import Core

/// A series file is read within a bound, like every file the package reads from a user's path.
@Suite("Training series files, bounded")
struct TrainingSeriesFileBoundsTests {
    /// A sparse 5 GB `--series` file was read whole: 15.7 GB of memory and 52 s before "not valid JSON".
    @Test func aHugeSparseFileIsRefusedFromItsSize() throws {
        let path = NSTemporaryDirectory() + "series-\(UUID().uuidString).json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(truncate(path, 5 << 30) == 0)
        #expect(throws: TrainingSeriesFileError.tooLarge(path: path, bytes: 5 << 30, maximumBytes: 256 << 20)) {
            try TrainingSeries.read(path: path)
        }
    }

    /// A FIFO nobody writes to was waited on for ever; it now reads as an empty file (not a series).
    @Test func aFIFOWithoutWriterIsNotWaitedOn() throws {
        let path = NSTemporaryDirectory() + "series-\(UUID().uuidString).fifo"
        #expect(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: TrainingSeriesFileError.self) { try TrainingSeries.read(path: path) }
    }

    @Test func aMissingFileCannotBeRead() {
        #expect(throws: TrainingSeriesFileError.cannotRead(path: "/nonexistent/s.json")) {
            try TrainingSeries.read(path: "/nonexistent/s.json")
        }
    }
}
