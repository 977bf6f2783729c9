// The one Glibc/Darwin seam of the package: every module that calls the C library imports `Platform` and gets
// Glibc (Linux) or Darwin (macOS) from this one conditional import, plus `SystemCalls` for the few calls whose
// names, flags or availability differ between the two.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif

/// The system calls whose name, flags or availability differ between Linux and Darwin, in one place.
///
/// Linux is what is built and tested. The Darwin branches are written to compile in principle (no `O_TMPFILE`
/// there, so every temporary file is a named one; no procfs) but have never been built.
package enum SystemCalls {
    /// `write(2)`, retried on EINTR until every byte is out; the errno of the failure otherwise.
    package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                #else
                let written = Darwin.write(descriptor, base + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// The whole contents of an open file from its start, or nil on a read error.
    package static func readAll(from descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            offset += off_t(count)
        }
    }

    /// An unnamed regular file in `folder` (Linux `O_TMPFILE`): it vanishes with its descriptor unless it is
    /// given a name with `name(anonymous:as:)`. Write-only unless `readable`. Returns the descriptor, or -1 with
    /// `errno` set; `EOPNOTSUPP`, `EISDIR` or `EINVAL` (see `anonymousFilesUnsupported`) mean the file system
    /// cannot, so use a named file.
    package static func openAnonymous(in folder: String, mode: mode_t, readable: Bool = false) -> Int32 {
        #if os(Linux)
        // O_TMPFILE is `__O_TMPFILE | O_DIRECTORY`, a macro Swift does not import; __O_TMPFILE is 020000000 on
        // x86-64 and AArch64 (the architectures this package builds on).
        let temporaryFile: Int32 = 0o20000000 | O_DIRECTORY
        return open(folder, temporaryFile | (readable ? O_RDWR : O_WRONLY) | O_CLOEXEC, mode)
        #else
        errno = EOPNOTSUPP
        return -1
        #endif
    }

    /// Whether `code` (an errno of `openAnonymous`) says the file system does not do unnamed files.
    package static func anonymousFilesUnsupported(_ code: Int32) -> Bool {
        code == EOPNOTSUPP || code == EISDIR || code == EINVAL
    }

    /// Gives the unnamed file open as `descriptor` the name `path` (`linkat` through /proc/self/fd, which
    /// needs no privilege, unlike AT_EMPTY_PATH). Fails with EEXIST when `path` exists: it never replaces.
    package static func name(anonymous descriptor: Int32, as path: String) -> Bool {
        #if os(Linux)
        return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0
        #else
        errno = ENOTSUP
        return false
        #endif
    }

    /// Whether `folder` is on procfs, where a symbolic link is the kernel's view of an open descriptor
    /// (/proc/self/fd/1, and /dev/fd/1 through the /dev/fd link) rather than a path to follow.
    package static func isProcFileSystem(_ folder: String) -> Bool {
        #if os(Linux)
        // statfs is not in Swift's Glibc module: compare the device with /proc's (one procfs instance).
        var proc = stat(), info = stat()
        return stat("/proc/self", &proc) == 0 && stat(folder, &info) == 0 && info.st_dev == proc.st_dev
        #else
        return false
        #endif
    }

    /// The system's text for an errno value ("No space left on device").
    package static func text(ofError code: Int32) -> String { String(cString: strerror(code)) }

    /// Whether a process with this id exists (a stale temporary file's owner is gone when not).
    package static func processExists(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// The S_IFMT bits of a mode: regular file, folder, link, character device, FIFO, socket …
    package static func fileType(_ mode: mode_t) -> mode_t { mode & S_IFMT }

    /// Raises the soft limit on open descriptors toward `wanted` (never past the hard limit, never lowering it)
    /// and returns the soft limit in force afterwards (a server holding many connections calls it once).
    package static func raiseOpenFileLimit(toward wanted: Int) -> Int {
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return 1024 }
        let target = min(rlim_t(max(0, wanted)), limit.rlim_max)
        if target > limit.rlim_cur {
            var raised = limit
            raised.rlim_cur = target
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return Int(min(limit.rlim_cur, rlim_t(Int.max)))
    }

    /// The processors online, at least 1 (how many frames or figures to draw at once).
    package static var availableProcessors: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
