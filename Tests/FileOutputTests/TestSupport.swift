import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A fresh, empty temporary folder.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "dlplot-fileoutput-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The names in a folder, sorted (hidden ones included).
func names(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
}

/// The S_IFMT bits of what is at `path` (not following a final link).
func fileType(_ path: String) -> mode_t {
    var info = stat()
    guard lstat(path, &info) == 0 else { return 0 }
    return info.st_mode & S_IFMT
}

/// The permission bits of `path`.
func permissions(_ path: String) -> mode_t {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    return info.st_mode & 0o7777
}

/// A character device like /dev/null (major 1, minor `minor`): a private node in `folder` when this process
/// may create one (root), else the system's own (/dev/null for 3, /dev/full for 7).
func characterDevice(minor: UInt32, in folder: String) -> String {
    let path = folder + "/device-\(minor)"
    if mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | minor)) == 0 { return path }
    return minor == 7 ? "/dev/full" : "/dev/null"
}

/// The id of a process that has ended (a child that exited at once): no process has it, for a while.
func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}
