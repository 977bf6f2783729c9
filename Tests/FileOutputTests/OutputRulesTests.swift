import Foundation
import Platform
import Testing

@testable import FileOutput

#if canImport(Glibc)
import Glibc
#endif

/// The output rules of the hostile-input campaign (issue 10): modes kept, links followed, devices and FIFOs
/// written straight, long names, stale temporary files removed.
@Suite struct OutputRulesTests {
    @Test func anExistingFileKeepsItsMode() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/p.svg"
        try AtomicFile.write([1], to: path)
        chmod(path, 0o600)
        try AtomicFile.write([2, 3], to: path)
        #expect(permissions(path) == 0o600)
        #expect(FileManager.default.contents(atPath: path) == Data([2, 3]))
        chmod(path, 0o640)
        try AtomicFile.write([4], to: path, durable: false)
        #expect(permissions(path) == 0o640)
    }

    @Test func aSymbolicLinkIsFollowedAndStaysALink() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        try AtomicFile.write([1], to: folder + "/real/target.png")
        symlink("real/target.png", folder + "/first.png")
        symlink("first.png", folder + "/second.png")  // a chain of two links
        try AtomicFile.write([9, 9], to: folder + "/second.png")
        #expect(fileType(folder + "/second.png") == S_IFLNK && fileType(folder + "/first.png") == S_IFLNK)
        #expect(FileManager.default.contents(atPath: folder + "/real/target.png") == Data([9, 9]))
        #expect(try names(in: folder + "/real") == ["target.png"], "no temporary file left beside the target")
        // A dangling link: its target is created, the link stays.
        symlink("real/new.png", folder + "/dangling.png")
        try AtomicFile.write([5], to: folder + "/dangling.png")
        #expect(fileType(folder + "/dangling.png") == S_IFLNK)
        #expect(FileManager.default.contents(atPath: folder + "/real/new.png") == Data([5]))
    }

    @Test func aLinkLoopIsAnErrorNotAHang() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        symlink("b", folder + "/a")
        symlink("a", folder + "/b")
        #expect(throws: OutputError.self) { try AtomicFile.write([1], to: folder + "/a") }
        #expect(fileType(folder + "/a") == S_IFLNK)
    }

    @Test func aCharacterDeviceIsWrittenNotReplaced() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let null = characterDevice(minor: 3, in: folder)
        try AtomicFile.write(Array(repeating: 7, count: 100_000), to: null)
        #expect(fileType(null) == S_IFCHR, "\(null) is still a character device")
        let full = characterDevice(minor: 7, in: folder)
        do {
            try AtomicFile.write([1, 2, 3], to: full)
            Issue.record("writing to \(full) succeeded")
        } catch let error as OutputError {
            #expect(error.message == "cannot write \(full): No space left on device" && error.exitStatus == 1)
        }
        #expect(fileType(full) == S_IFCHR)
    }

    @Test func aFIFOIsWrittenStraight() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The read end is open before the write (a FIFO nobody reads is refused); a thread drains it.
        let reader = PendingRead.draining(open(fifo, O_RDONLY | O_NONBLOCK))
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0) }
        try AtomicFile.write(bytes, to: fifo)
        // Replaced by a regular file, the FIFO's reader would wait for ever: fail instead of hanging.
        try #require(fileType(fifo) == S_IFIFO, "the FIFO was replaced")
        #expect(reader.wait() == bytes)
        #expect(try names(in: folder) == ["pipe"])
    }

    @Test func aFIFONobodyReadsIsAnErrorNotAHang() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: OutputError("cannot write \(fifo): no process is reading the FIFO (No such device or address)"))
        {
            try AtomicFile.write([1], to: fifo)
        }
        #expect(fileType(fifo) == S_IFIFO)
    }

    @Test func aName255BytesLongIsWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in [String(repeating: "a", count: 251) + ".png", String(repeating: "한", count: 83) + ".sv"] {
            #expect(name.utf8.count >= 251 && name.utf8.count <= 255)
            try AtomicFile.write([1], to: folder + "/" + name)
            try AtomicFile.write([2], to: folder + "/" + name)  // replacing takes a temporary name too
            #expect(FileManager.default.contents(atPath: folder + "/" + name) == Data([2]))
        }
        #expect(try names(in: folder).count == 2)
        let temporary = TemporaryName.make(in: folder, for: String(repeating: "é", count: 200))
        #expect(PathText.baseName(of: temporary).utf8.count <= 255)
    }

    @Test func staleTemporaryFilesOfEndedProcessesAreRemoved() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dead = try deadProcessID()
        let stale = "\(TemporaryName.marker)\(dead)-3-figure.png"
        let live = "\(TemporaryName.marker)\(getppid())-1-figure.png"  // the test runner's parent is alive
        for name in [stale, live, ".dlplot-tmp-x-1-not-ours.png"] {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data([1]))
        }
        try AtomicFile.write([1], to: folder + "/figure.png")
        #expect(try names(in: folder) == [".dlplot-tmp-x-1-not-ours.png", live, "figure.png"].sorted())
    }

    @Test func pathsWithControlCharactersAreShownOnOneLine() {
        #expect(PathText.shown("plain/x.png") == "plain/x.png")
        #expect(PathText.shown("a\nb\t.png") == "'a\\nb\\t.png'")
        #expect(
            OutputError.cannotWrite("x\n.png", "it is a folder").message == "cannot write 'x\\n.png': it is a folder")
    }

    @Test func temporaryNamesCarryTheOwner() {
        let name = PathText.baseName(of: TemporaryName.make(in: "/tmp", for: "x.png"))
        #expect(TemporaryName.owner(of: name) == getpid())
        #expect(TemporaryName.owner(of: "x.png") == nil)
        #expect(TemporaryName.owner(of: ".dlplot-tmp--1-x") == nil)
    }
}

/// What a thread reads from a descriptor until its writer closes it.
final class PendingRead: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var bytes: [UInt8] = []

    /// Drains `descriptor` (a FIFO's non-blocking read end) on a new thread: poll waits for a writer's data
    /// (Linux reports no hang-up before a writer has come), and a read of 0 after the writer closes ends it.
    static func draining(_ descriptor: Int32) -> PendingRead {
        let pending = PendingRead()
        Thread.detachNewThread {
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            while descriptor >= 0, poll(&request, 1, -1) >= 0 {
                let count = read(descriptor, &buffer, buffer.count)
                if count == 0 || (count < 0 && errno != EAGAIN) { break }
                if count > 0 { received += buffer.prefix(count) }
            }
            if descriptor >= 0 { close(descriptor) }
            pending.bytes = received
            pending.done.signal()
        }
        return pending
    }

    func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}
