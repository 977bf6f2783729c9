import Platform

/// A program we run and feed on its standard input (ffmpeg fed raw frames), its standard error kept — only the
/// last `errorTailLimit` bytes, for the error line — its standard output discarded.
///
/// Writing waits on both sockets at once (`poll`), reading the child's messages while it cannot take input, so
/// neither side blocks the other however much it prints. A child that stops reading gives `ended` (EPIPE, never
/// SIGPIPE). The child is always reaped: `finish()` waits for it; an instance dropped before that (because we
/// failed) kills it first.
final class FedProcess {
    /// How much of the child's standard error is kept.
    static let errorTailLimit = 4096

    /// The child's process id.
    let processID: pid_t
    private var input: Int32
    private var errors: Int32
    private var reaped: ChildExit?
    /// The last bytes the child wrote to its standard error.
    private(set) var errorTail: [UInt8] = []

    /// What went wrong while feeding the child.
    enum FeedFailure: Error, Equatable {
        /// It closed its input (ended or stopped reading).
        case ended
        /// A system call failed with this errno.
        case system(Int32)
    }

    /// Starts `path` with `arguments` (the program name first); `extraDescriptors` maps further descriptor
    /// numbers of the child (3 …) to ours.
    init(path: String, arguments: [String], extraDescriptors: [(child: Int32, parent: Int32)] = []) throws(FeedFailure)
    {
        guard let (inputOurs, inputTheirs) = SystemCalls.socketPair() else { throw .system(errno) }
        guard let (errorsOurs, errorsTheirs) = SystemCalls.socketPair() else {
            let code = errno
            close(inputOurs)
            close(inputTheirs)
            throw .system(code)
        }
        let started = SystemCalls.spawn(
            path, arguments: arguments,
            descriptors: [(0, inputTheirs), (2, errorsTheirs)] + extraDescriptors)
        close(inputTheirs)
        close(errorsTheirs)
        switch started {
        case .success(let pid):
            processID = pid
            input = inputOurs
            errors = errorsOurs
        case .failure(let failure):
            close(inputOurs)
            close(errorsOurs)
            throw .system(failure.code)
        }
    }

    deinit {
        if reaped == nil {
            kill(processID, SIGKILL)
            closeInput()
            closeErrors()
            _ = SystemCalls.waitForExit(of: processID)
        }
    }

    /// Writes all of `bytes` to the child's standard input, keeping its standard error meanwhile.
    func write(_ bytes: UnsafeRawBufferPointer) throws(FeedFailure) {
        var offset = 0
        while offset < bytes.count {
            guard input >= 0 else { throw .ended }
            var watched = [
                pollfd(fd: input, events: Int16(POLLOUT), revents: 0),
                pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&watched, nfds_t(watched.count), -1) < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if watched[1].revents != 0 { readErrors() }
            guard watched[0].revents != 0 else { continue }
            let sent = SystemCalls.sendWithoutSignal(UnsafeRawBufferPointer(rebasing: bytes[offset...]), to: input)
            if sent >= 0 {
                offset += sent
            } else if -sent == Int(EPIPE) || -sent == Int(ECONNRESET) {
                throw .ended
            } else if -sent != Int(EAGAIN) && -sent != Int(EWOULDBLOCK) && -sent != Int(EINTR) {
                throw .system(Int32(-sent))
            }
        }
    }

    /// Closes the child's standard input, keeps its standard error until it closes it, and waits for the child
    /// to end. Idempotent.
    func finish() -> ChildExit {
        if let reaped { return reaped }
        closeInput()
        while errors >= 0 { readErrors() }
        let exit = SystemCalls.waitForExit(of: processID) ?? .exited(-1)
        reaped = exit
        return exit
    }

    /// The last non-empty line the child wrote to its standard error, printable ASCII and at most 300 characters.
    var lastErrorLine: String? {
        let text = String(decoding: errorTail, as: UTF8.self)
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        guard let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        var line = Substring(String(last.unicodeScalars.map { (0x20..<0x7f).contains($0.value) ? Character($0) : "?" }))
        while line.first?.isWhitespace == true { line.removeFirst() }
        while line.last?.isWhitespace == true { line.removeLast() }
        return String(line.prefix(300))
    }

    /// Reads what the child's standard error has (blocking until something or its end), keeping the tail.
    private func readErrors() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { return }
        guard count > 0 else {
            closeErrors()
            return
        }
        errorTail += chunk[..<count]
        if errorTail.count > Self.errorTailLimit { errorTail.removeFirst(errorTail.count - Self.errorTailLimit) }
    }

    private func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    private func closeErrors() {
        if errors >= 0 { close(errors) }
        errors = -1
    }
}
