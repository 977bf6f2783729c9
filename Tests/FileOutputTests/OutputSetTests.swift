import Foundation
import Synchronization
import Testing

@testable import FileOutput

#if canImport(Glibc)
import Glibc
#endif

/// All or nothing: a set of outputs is named together or not at all.
@Suite struct OutputSetTests {
    @Test func nothingIsNamedBeforeTheCommitAndNothingIsLeftWithout() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(Array("old".utf8), to: folder + "/a.png")
        do {
            let set = OutputSet()
            try set.add([1], to: OutputDestination.prepare(folder + "/a.png"))
            try set.add([2], to: OutputDestination.prepare(folder + "/b.csv"))
            #expect(try names(in: folder) == ["a.png"], "staged files have no name yet")
            #expect(FileManager.default.contents(atPath: folder + "/a.png") == Data("old".utf8))
        }  // dropped without a commit
        #expect(try names(in: folder) == ["a.png"])
        let set = OutputSet()
        try set.add([1], to: OutputDestination.prepare(folder + "/a.png"))
        try set.add([2], to: OutputDestination.prepare(folder + "/b.csv"))
        try set.commit()
        #expect(try names(in: folder) == ["a.png", "b.csv"])
        #expect(FileManager.default.contents(atPath: folder + "/a.png") == Data([1]))
        #expect(throws: OutputError.self) { try set.commit() }
    }

    @Test func aFailingStreamLeavesNoNewFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let full = characterDevice(minor: 7, in: folder)
        let set = OutputSet()
        try set.add(Array("x,y\n".utf8), to: OutputDestination.prepare(folder + "/data.csv"))
        try set.add([1, 2, 3], to: OutputDestination.prepare(full))
        #expect(throws: OutputError("cannot write \(full): No space left on device")) { try set.commit() }
        #expect(!FileManager.default.fileExists(atPath: folder + "/data.csv"))
    }

    /// A rename that fails midway (its folder vanished after staging: an unnamed file does not keep a folder
    /// from being removed) rolls back the file already renamed to its old contents.
    @Test func aRenameFailingMidwayRestoresTheFilesBeforeIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for sub in ["a", "b", "c"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        try AtomicFile.write(Array("old".utf8), to: folder + "/a/kept.png")
        let set = OutputSet()
        try set.add(Array("new".utf8), to: OutputDestination.prepare(folder + "/a/kept.png"))
        try set.add(Array("new".utf8), to: OutputDestination.prepare(folder + "/b/new.png"))
        try set.add(Array("new".utf8), to: OutputDestination.prepare(folder + "/c/gone.png"))
        guard rmdir(folder + "/c") == 0 else {
            // The file system keeps a named temporary file there (no O_TMPFILE): this failure cannot be made.
            set.discard()
            return
        }
        #expect(throws: OutputError.self) { try set.commit() }
        #expect(FileManager.default.contents(atPath: folder + "/a/kept.png") == Data("old".utf8))
        #expect(try names(in: folder + "/a") == ["kept.png"], "the link to the old file is gone")
        #expect(try names(in: folder + "/b").isEmpty, "the new file is removed")
    }

    @Test func twoOutputsToOnePlaceAreAUsageError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(
            throws: OutputError(
                "--out and --data both write to standard output; give them different files", kind: .usage)
        ) {
            try OutputSet.requireDistinct([("--out", .standardOutput), ("--data", .standardOutput)])
        }
        symlink("f.png", folder + "/link.png")
        let direct = try OutputDestination.prepare(folder + "/f.png")
        let linked = try OutputDestination.prepare(folder + "/link.png")
        #expect(throws: OutputError.self) { try OutputSet.requireDistinct([("--out", direct), ("--data", linked)]) }
    }

    @Test func destinationsAreClassifiedAndChecked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try OutputDestination.resolve("-") == .standardOutput)
        #expect(
            try OutputDestination.resolve(folder + "/x.png") == .file(path: folder + "/x.png", given: folder + "/x.png")
        )
        let null = characterDevice(minor: 3, in: folder)
        #expect(try OutputDestination.resolve(null) == .stream(path: null))
        let cases: [(String, String, OutputError.Kind)] = [
            ("", "an empty file name is not allowed; name a file or use - for standard output", .usage),
            (".", "cannot write .: it is a folder", .failure),
            (folder, "cannot write \(folder): it is a folder", .failure),
            (folder + "/", "cannot write \(folder)/: it is a folder", .failure),
            (
                folder + "/missing/x.png",
                "cannot write \(folder)/missing/x.png: folder \(folder)/missing does not exist", .failure
            ),
            (
                "/proc/x.json",
                "cannot write /proc/x.json: no file can be created in folder /proc (No such file or directory)",
                .failure
            ),
        ]
        for (path, message, kind) in cases {
            #expect(throws: OutputError(message, kind: kind), "\(path)") { try OutputDestination.prepare(path) }
        }
        try AtomicFile.write([1], to: folder + "/plain")
        #expect(throws: OutputError("cannot write \(folder)/plain/x.png: Not a directory", kind: .failure)) {
            try OutputDestination.prepare(folder + "/plain/x.png")
        }
    }

    @Test func aFolderBeingCreatedByAnotherIsFine() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        for round in 0..<20 {
            let folder = parent + "/out-\(round)/"
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do { _ = try OutputFolder.prepare(folder, option: "--out-dir") } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            #expect(failures.withLock { $0 }.isEmpty)
        }
        try AtomicFile.write([1], to: parent + "/file")
        #expect(throws: OutputError("--out-dir \(parent)/file is a file, not a folder")) {
            try OutputFolder.prepare(parent + "/file", option: "--out-dir")
        }
    }
}
