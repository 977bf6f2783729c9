import Platform
import Testing

@testable import PlottingAnimation

/// The child-process plumbing under the ffmpeg encoder: EPIPE instead of SIGPIPE, standard error kept without
/// deadlock and bounded, the child always reaped.
struct FedProcessTests {
    private static let megabyte = [UInt8](repeating: 65, count: 1 << 20)

    @Test func aChildThatStopsReadingGivesEndedAndItsStatusAndLastLine() throws {
        let child = try FedProcess(
            path: "/bin/sh",
            arguments: ["sh", "-c", "head -c 10 >/dev/null; echo first >&2; echo 'it broke' >&2; exit 3"])
        #expect(throws: FedProcess.FeedFailure.ended) {
            for _ in 0..<8 { try Self.megabyte.withUnsafeBytes { try child.write($0) } }
        }
        #expect(child.finish() == .exited(3))
        #expect(child.lastErrorLine == "it broke")
    }

    @Test func aChildPrintingMuchBeforeReadingDoesNotBlockAndOnlyTheTailIsKept() throws {
        let child = try FedProcess(
            path: "/bin/sh",
            arguments: ["sh", "-c", "head -c 300000 /dev/zero | tr '\\0' x >&2; printf '\\nend\\n' >&2; wc -c >&2"])
        try Self.megabyte.withUnsafeBytes { try child.write($0) }
        #expect(child.finish() == .exited(0))
        #expect(child.errorTail.count == FedProcess.errorTailLimit)
        #expect(child.lastErrorLine == "1048576")
    }

    @Test func aChildIsReapedWhenDroppedUnfinished() throws {
        var child: FedProcess? = try FedProcess(path: "/bin/sh", arguments: ["sh", "-c", "exec cat >/dev/null"])
        let pid = try #require(child?.processID)
        #expect(kill(pid, 0) == 0)
        child = nil
        // Killed and waited for: the id no longer names a process (not even a zombie).
        #expect(kill(pid, 0) == -1 && errno == ESRCH)
    }

    @Test func aProgramThatCannotStartIsASystemFailure() {
        #expect(throws: FedProcess.FeedFailure.system(ENOENT)) {
            _ = try FedProcess(path: "/nonexistent/ffmpeg", arguments: ["ffmpeg"])
        }
    }
}
