import Platform

/// Why a stored file could not be read: the reader's own failures, which each caller names in its own error
/// type (IDX data, PNG images, training series).
package enum StoredFileFailure: Error, Equatable, Sendable {
    /// Missing, unreadable or a folder; `reason` says which ("no such file", "is a directory", strerror).
    case cannotOpen(path: String, reason: String)
    /// An I/O error while reading.
    case unreadable(path: String, reason: String)
    /// The file holds (or, for a pipe or device, delivers) more than the bound.
    case tooLarge(path: String, bytes: Int, maximumBytes: Int)
    /// The file holds more bytes than `inspect` said it must.
    case trailingBytes(path: String, expectedBytes: Int)
}

/// A file's bytes exactly as stored on disk, read once, so the same bytes can be both checksummed and decoded.
/// Never more than a bound: a regular file larger than the bound is refused from its size before anything is
/// read, and a pipe or device (`/dev/zero`, a FIFO) is read only up to the bound. Every file the package reads
/// from a user's path goes through here.
package enum StoredFile {
    /// How many bytes `inspect` gets of the file's start.
    package static let inspectedBytes = 16

    /// Reads the file at `path`, at most `maximumBytes` of it. First `inspect` gets the file's first
    /// `inspectedBytes` bytes (fewer if it is shorter) and its size (nil for a pipe or device); it may throw
    /// (a header that is wrong or announces a size the file does not have) or return the exact size the file
    /// must have, which then bounds the reading too. The reader's own failures reach the caller through
    /// `failure`, in the caller's error type. With `waitingForWriter` false, a FIFO nobody writes to reads as
    /// empty instead of blocking for ever (what `compare` and the training figures want); with true, a FIFO is
    /// read as `cat` reads it, once a writer has opened it (a data set streamed by another program).
    package static func read<Failure: Error>(
        atPath path: String, maximumBytes: Int, waitingForWriter: Bool = true, failure: (StoredFileFailure) -> Failure,
        inspect: (_ start: [UInt8], _ size: Int?) throws(Failure) -> Int? = { _, _ in nil }
    ) throws(Failure) -> [UInt8] {
        do {
            let file = try OpenFile(path: path, waitingForWriter: waitingForWriter)
            let start = try file.read(upTo: inspectedBytes, capacity: inspectedBytes)
            let expected = try inspect(start, file.size)
            if let size = file.size, size > maximumBytes {
                throw failure(.tooLarge(path: path, bytes: size, maximumBytes: maximumBytes))
            }
            let limit = min(maximumBytes, expected ?? maximumBytes)
            // One byte past the limit tells a file that is too long (it grew, or is a pipe). A regular file is
            // read again from its start straight into one buffer of its size; a pipe goes on after its start.
            let bytes: [UInt8]
            if let size = file.size, lseek(file.descriptor, 0, SEEK_SET) == 0 {
                bytes = try file.read(upTo: limit + 1, capacity: size)
            } else {
                bytes = start + (try file.read(upTo: limit + 1 - start.count, capacity: 0))
            }
            guard bytes.count <= limit else {
                if let expected, expected <= maximumBytes {
                    throw failure(.trailingBytes(path: path, expectedBytes: expected))
                }
                throw failure(.tooLarge(path: path, bytes: bytes.count, maximumBytes: maximumBytes))
            }
            return bytes
        } catch let stored as StoredFileFailure {
            throw failure(stored)
        } catch let error as Failure {
            throw error
        } catch {
            throw failure(.unreadable(path: path, reason: "\(error)"))
        }
    }

    /// The first `count` bytes of the regular file at `path` (fewer if it is shorter); nil for a pipe or
    /// device, which is not read at all (its bytes could not be read again).
    package static func prefix(atPath path: String, count: Int) throws(StoredFileFailure) -> [UInt8]? {
        let file = try OpenFile(path: path)
        guard let size = file.size else { return nil }
        return try file.read(upTo: count, capacity: min(count, size))
    }

    /// The size of the regular file at `path`; nil for a pipe or device.
    package static func size(atPath path: String) throws(StoredFileFailure) -> Int? {
        try OpenFile(path: path).size
    }

    /// An open file descriptor, closed in `deinit`.
    private final class OpenFile {
        let path: String
        let descriptor: Int32
        /// The size of a regular file; nil for a pipe, socket or device.
        let size: Int?

        init(path: String, waitingForWriter: Bool = true) throws(StoredFileFailure) {
            self.path = path
            // Without waiting: opened non-blocking (a FIFO with no writer opens at once), then read blocking.
            descriptor = open(path, O_RDONLY | O_CLOEXEC | (waitingForWriter ? 0 : O_NONBLOCK))
            guard descriptor >= 0 else {
                throw .cannotOpen(
                    path: path, reason: errno == ENOENT ? "no such file" : SystemCalls.text(ofError: errno))
            }
            if !waitingForWriter { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, SystemCalls.fileType(status.st_mode) != S_IFDIR else {
                close(descriptor)
                throw .cannotOpen(path: path, reason: "is a directory")
            }
            size = SystemCalls.fileType(status.st_mode) == S_IFREG ? max(Int(status.st_size), 0) : nil
        }

        deinit { close(descriptor) }

        /// Reads until `count` bytes or the end of the file: the first `capacity` bytes (the size expected)
        /// straight into the array, anything beyond in chunks of at most 1 MiB, so a pipe costs what it holds.
        func read(upTo count: Int, capacity: Int) throws(StoredFileFailure) -> [UInt8] {
            let direct = max(0, min(count, capacity))
            var failure: StoredFileFailure?
            var ended = false
            var bytes = [UInt8](unsafeUninitializedCapacity: direct) { buffer, initialized in
                initialized = 0
                while initialized < direct {
                    let got = systemRead(
                        descriptor, buffer.baseAddress.map { UnsafeMutableRawPointer($0 + initialized) },
                        direct - initialized)
                    if got < 0 && errno == EINTR { continue }
                    if got < 0 {
                        failure = .unreadable(path: path, reason: SystemCalls.text(ofError: errno))
                        return
                    }
                    if got == 0 {
                        ended = true
                        return
                    }
                    initialized += got
                }
            }
            if let failure { throw failure }
            guard !ended, bytes.count < count else { return bytes }
            var chunk = [UInt8](repeating: 0, count: min(count - bytes.count, 1 << 20))
            while bytes.count < count {
                let want = min(chunk.count, count - bytes.count)
                let got = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, want) }
                if got < 0 && errno == EINTR { continue }
                if got < 0 { throw .unreadable(path: path, reason: SystemCalls.text(ofError: errno)) }
                if got == 0 { break }
                bytes.append(contentsOf: chunk[..<got])
            }
            return bytes
        }
    }
}

/// POSIX `read`, named apart from the methods called `read` here.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
