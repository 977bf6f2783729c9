import Foundation
import Platform
import Testing

/// The system calls that differ between Linux and Darwin, as they behave on the platform the tests run on.
@Suite struct SystemCallsTests {
    @Test func writeAllWritesEveryByteOrNamesTheError() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        #expect(SystemCalls.writeAll(bytes, to: ends[1]) == nil)
        close(ends[1])
        var read = [UInt8](repeating: 0, count: 2000)
        let count = read.withUnsafeMutableBytes { Foundation.read(ends[0], $0.baseAddress, 2000) }
        #expect(Array(read.prefix(max(count, 0))) == bytes)
        #expect(SystemCalls.writeAll(bytes, to: ends[1]) == EBADF)  // closed now
        #expect(SystemCalls.writeAll([], to: ends[1]) == nil)  // nothing to write, nothing written
    }

    @Test func errorTextsAndFileTypes() {
        #expect(SystemCalls.text(ofError: ENOENT) == "No such file or directory")
        var info = stat()
        #expect(stat("/", &info) == 0 && SystemCalls.fileType(info.st_mode) == S_IFDIR)
        #expect(stat("/dev/null", &info) == 0 && SystemCalls.fileType(info.st_mode) == S_IFCHR)
    }

    @Test func processesAreFoundByTheirId() {
        #expect(SystemCalls.processExists(getpid()))
        #expect(!SystemCalls.processExists(Int32.max))
    }

    #if os(Linux)
    @Test func anAnonymousFileIsNamedOnceAndNeverReplaces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("platform-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let descriptor = SystemCalls.openAnonymous(in: folder, mode: 0o644)
        if descriptor < 0 {
            #expect(SystemCalls.anonymousFilesUnsupported(errno))  // a file system without O_TMPFILE
            return
        }
        defer { close(descriptor) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(SystemCalls.name(anonymous: descriptor, as: folder + "/a"))
        #expect(!SystemCalls.name(anonymous: descriptor, as: folder + "/a") && errno == EEXIST)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a"])
    }

    @Test func procfsIsRecognised() {
        #expect(SystemCalls.isProcFileSystem("/proc/self/fd"))
        #expect(!SystemCalls.isProcFileSystem("/"))
    }
    #endif
}
