/// How a child process ended.
package enum ChildExit: Equatable, Sendable {
    /// It called exit with this status.
    case exited(Int32)
    /// A signal ended it.
    case signalled(Int32)

    /// Whether it exited with status 0.
    package var succeeded: Bool { self == .exited(0) }

    /// "exit status 1", "killed by signal 9".
    package var description: String {
        switch self {
        case .exited(let status): return "exit status \(status)"
        case .signalled(let signal): return "killed by signal \(signal)"
        }
    }
}

/// The system calls for running another program (ffmpeg) fed through a socket: start it, write to it without
/// SIGPIPE, wait for it.
extension SystemCalls {
    /// A connected pair of local stream sockets, both close-on-exec, or nil with `errno` set. A socket rather than
    /// a pipe so that writes can refuse SIGPIPE per call (`sendWithoutSignal`).
    package static func socketPair() -> (Int32, Int32)? {
        var ends: [Int32] = [-1, -1]
        #if os(Linux)
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &ends) == 0 else { return nil }
        #else
        guard socketpair(AF_UNIX, SOCK_STREAM, 0, &ends) == 0 else { return nil }
        var on: Int32 = 1
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = setsockopt(end, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        #endif
        return (movedAboveChildNumbers(ends[0]), movedAboveChildNumbers(ends[1]))
    }

    /// `descriptor` renumbered to 10 or above (close-on-exec) and the old number closed, or unchanged if that
    /// fails: a descriptor handed to a child is then never one of the numbers (0 to 3) it is given there, even
    /// when this process runs with its standard streams closed.
    package static func movedAboveChildNumbers(_ descriptor: Int32) -> Int32 {
        guard descriptor >= 0, descriptor < 10 else { return descriptor }
        let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
        guard moved >= 0 else { return descriptor }
        close(descriptor)
        return moved
    }

    /// Sends what `send(2)` will take of `bytes` without blocking and without raising SIGPIPE when the reader
    /// has gone (that is EPIPE instead). Returns the count sent, or the negated errno (EAGAIN: full for now).
    package static func sendWithoutSignal(_ bytes: UnsafeRawBufferPointer, to socket: Int32) -> Int {
        #if os(Linux)
        let flags = Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)
        #else
        let flags = MSG_DONTWAIT
        #endif
        let sent = send(socket, bytes.baseAddress, bytes.count, flags)
        return sent < 0 ? -Int(errno) : sent
    }

    /// Whether `path` is a regular file this process may execute.
    package static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && fileType(info.st_mode) == S_IFREG && access(path, X_OK) == 0
    }

    /// The first executable regular file called `program` in the folders of `searchPath` (nil: the PATH
    /// environment variable); empty entries (the current folder, by an old convention) are skipped.
    package static func locateProgram(_ program: String, searchPath: String? = nil) -> String? {
        let folders = searchPath ?? getenv("PATH").map { String(cString: $0) } ?? ""
        for folder in folders.split(separator: ":") {
            let candidate = folder.hasSuffix("/") ? "\(folder)\(program)" : "\(folder)/\(program)"
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    /// The desktop's program that opens a URL in the user's browser: `open` on macOS, `xdg-open` elsewhere.
    package static var browserOpener: String {
        #if canImport(Darwin)
        return "open"
        #else
        return "xdg-open"
        #endif
    }

    /// Starts the program at `path` (no PATH search) with `arguments` (the program's name first) and this
    /// process's environment. `descriptors` maps the child's descriptor numbers to ours (0 its standard input,
    /// 2 its standard error, 3 …); its standard output is /dev/null. The child starts with no signal blocked
    /// and SIGPIPE at its default, whatever this process does with them. Returns the child's id, or the errno.
    package static func spawn(
        _ path: String, arguments: [String], descriptors: [(child: Int32, parent: Int32)]
    ) -> Result<pid_t, SpawnFailure> {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for (child, parent) in descriptors {
            posix_spawn_file_actions_adddup2(&actions, parent, child)
        }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var none = sigset_t(), pipeOnly = sigset_t()
        sigemptyset(&none)
        sigemptyset(&pipeOnly)
        sigaddset(&pipeOnly, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &pipeOnly)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        return code == 0 ? .success(pid) : .failure(SpawnFailure(code: code))
    }

    /// Waits for the child `pid` to end (retrying on EINTR) and says how; nil if it is not our child.
    package static func waitForExit(of pid: pid_t) -> ChildExit? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return nil }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift does not import.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
}

/// Why `posix_spawn` could not start a program: its errno.
package struct SpawnFailure: Error, Equatable {
    /// The errno value.
    package var code: Int32
}
