import Platform
import Synchronization

/// Standard output and standard error through `write(2)`, which reports errors (Foundation's
/// `FileHandle.write` traps on them). Standard output failing (closed, a broken pipe, a full disk) is an
/// `OutputError` (exit 1); standard error failing is ignored, as there is nowhere left to say so.
public enum StandardStreams {
    /// Call once at start, before opening anything.
    /// - SIGPIPE is ignored: a reader that goes away gives EPIPE, reported as one line and exit 1, instead of
    ///   killing the process silently.
    /// - A closed descriptor 0, 1 or 2 is occupied by /dev/null opened read-only, so no file opened later can
    ///   land on it (and be written by a later message), and writing to a closed output fails with EBADF.
    public static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closedAtStart.bitwiseOr(1 << descriptor, ordering: .relaxed)
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Descriptors 0, 1, 2 that `prepare()` found closed, as bits.
    private static let closedAtStart = Atomic<Int32>(0)

    /// Whether `prepare()` found `descriptor` (0, 1 or 2) closed and put /dev/null (read-only) in its place.
    static func wasClosedAtStart(_ descriptor: Int32) -> Bool {
        (0...2).contains(descriptor) && closedAtStart.load(ordering: .relaxed) & (1 << descriptor) != 0
    }

    /// Writes `bytes` to standard output; an `OutputError` naming standard output and the reason on failure.
    public static func write(_ bytes: [UInt8]) throws(OutputError) {
        if let code = SystemCalls.writeAll(bytes, to: STDOUT_FILENO) { throw failure(code) }
    }

    /// Writes a line (a newline is added) to standard output.
    public static func writeLine(_ line: String) throws(OutputError) {
        try write(Array((line + "\n").utf8))
    }

    /// Writes a line (a newline is added) to standard error, ignoring any failure.
    public static func printError(_ line: String) {
        _ = SystemCalls.writeAll(Array((line + "\n").utf8), to: STDERR_FILENO)
    }

    /// Throws unless standard output is open for writing.
    static func requireWritableOutput() throws(OutputError) {
        let flags = fcntl(STDOUT_FILENO, F_GETFL)
        guard flags >= 0 else { throw failure(errno) }
        let access = flags & O_ACCMODE
        guard access == O_WRONLY || access == O_RDWR else { throw failure(EBADF) }
    }

    private static func failure(_ code: Int32) -> OutputError {
        code == EBADF
            ? OutputError("cannot write to standard output: it is closed (\(SystemCalls.text(ofError: code)))")
            : OutputError("cannot write to standard output: \(SystemCalls.text(ofError: code))")
    }
}
