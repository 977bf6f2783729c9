import Foundation
import Platform
import Testing

@testable import FileOutput

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesLeavingNoTemporaryFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.png"
        try AtomicFile.write([1, 2, 3], to: path)
        try AtomicFile.write([4, 5], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data([4, 5]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.png"])
    }

    @Test func missingFolderThrowsAndWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try AtomicFile.write([1], to: folder + "/nope/a.svg")
            Issue.record("wrote into a missing folder")
        } catch {
            #expect("\(error)" == "cannot write \(folder)/nope/a.svg: folder \(folder)/nope does not exist")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func unwritableTargetsThrow() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: OutputError.self) { try AtomicFile.write([1], to: folder) }  // a folder, not a file
        #expect(throws: OutputError.self) { try AtomicFile.write([1], to: "/proc/dlplot-cannot-write.png") }
        #expect(throws: OutputError.self) { try AtomicFile.write([1], to: "") }
        let file = folder + "/plain"
        try AtomicFile.write([1], to: file)
        #expect(throws: OutputError.self) { try AtomicFile.write([1], to: file + "/under-a-file.png") }
    }

    @Test func folderOfPaths() {
        #expect(PathText.folder(of: "a.png") == ".")
        #expect(PathText.folder(of: "/a.png") == "/")
        #expect(PathText.folder(of: "x/y/a.png") == "x/y")
    }
}

@Suite struct AtomicFileNonDurableTests {
    @Test func nonDurableWritesAreStillComplete() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write([7, 8, 9], to: folder + "/f.bin", durable: false)
        #expect(FileManager.default.contents(atPath: folder + "/f.bin") == Data([7, 8, 9]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["f.bin"])
    }
}
