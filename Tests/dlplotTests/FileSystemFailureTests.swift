import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Real file-system failures under dlplot: a full disk and a read-only file system, each a tiny tmpfs the
/// test mounts (so these run as root only, where mounting is allowed).
@Suite("dlplot on failing file systems", .enabled(if: geteuid() == 0, "mounting a tmpfs needs root"))
struct FileSystemFailureTests {
    /// Mounts a tmpfs of `kilobytes` (read-only with `readOnly`) in a scratch folder for `body`.
    static func withTmpfs(kilobytes: Int, readOnly: Bool = false, _ body: (URL, URL) throws -> Void) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mountPoint = folder.appendingPathComponent("fs")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: false)
        let options = "size=\(kilobytes)k" + (readOnly ? ",ro" : "")
        try #require(
            mount("tmpfs", mountPoint.path, "tmpfs", 0, options) == 0, "mount: \(String(cString: strerror(errno)))")
        defer { umount(mountPoint.path) }
        try body(folder, mountPoint)
    }

    /// The CSV fits, the figure does not: the command fails with one line, exit 1, and leaves neither.
    @Test func aFullDiskLeavesNeitherFigureNorData() throws {
        try Self.withTmpfs(kilobytes: 24) { folder, disk in
            let result = try CommandLineTests.run(
                ["gradient-field", "--out", "fs/f.png", "--data", "fs/f.csv"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr == "dlplot gradient-field: cannot write fs/f.png: No space left on device\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
            let fits = try CommandLineTests.run(
                ["sigmoid", "--out", "fs/s.svg", "--data", "fs/s.csv", "--width", "2", "--height", "1"], in: folder)
            #expect(fits.status == 0, "\(fits.stderr)")
        }
    }

    /// `all` stages every file; the disk fills up partway: none of the new files is left, an old one is kept.
    @Test func aFullDiskLeavesNoneOfAllsFiles() throws {
        try Self.withTmpfs(kilobytes: 200) { folder, disk in
            try Data("old".utf8).write(to: disk.appendingPathComponent("sigmoid.svg"))
            let result = try CommandLineTests.run(["all", "--out-dir", "fs", "--formats", "png,svg"], in: folder)
            #expect(result.status == 1)
            let last = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
            #expect(
                last.hasPrefix("dlplot all: cannot write fs/") && last.hasSuffix(": No space left on device"),
                "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["sigmoid.svg"])
            #expect(try Data(contentsOf: disk.appendingPathComponent("sigmoid.svg")) == Data("old".utf8))
        }
    }

    @Test func aReadOnlyFileSystemIsRefusedBeforeDrawing() throws {
        try Self.withTmpfs(kilobytes: 64, readOnly: true) { folder, _ in
            for arguments in [
                ["gradient-field", "--out", "fs/f.png"], ["all", "--out-dir", "fs"], ["train", "--out", "fs/x.json"],
            ] {
                let result = try CommandLineTests.run(arguments, in: folder)
                #expect(result.status == 1, "\(arguments): \(result.stderr)")
                #expect(
                    result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("Read-only file system"),
                    "\(result.stderr)")
            }
        }
    }

    /// Root keeps the owner and group of the file it replaces, not its own.
    @Test func rootKeepsOwnerAndGroup() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("f.svg").path
        #expect(try CommandLineTests.run(["sigmoid", "--out", "f.svg"], in: folder).status == 0)
        #expect(chown(path, 1234, 2345) == 0)
        #expect(try CommandLineTests.run(["gradient-field", "--out", "f.svg"], in: folder).status == 0)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_uid == 1234 && info.st_gid == 2345)
    }
}
