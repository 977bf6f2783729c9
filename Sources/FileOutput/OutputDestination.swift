import Platform

/// Where one output goes, decided before any work: standard output, a regular file (or a new name) replaced
/// atomically, or something that is not a regular file (a device, a FIFO) written straight.
public enum OutputDestination: Equatable, Sendable {
    /// `-`: standard output.
    case standardOutput
    /// A regular file or a new name, replaced atomically in its folder. `path` is where symbolic links lead
    /// (the link itself stays a link); `given` is the path as the user wrote it, for messages.
    case file(path: String, given: String)
    /// Not a regular file (character device, FIFO, /dev/stdout …): opened and written, never renamed over.
    case stream(path: String)

    /// The most symbolic links followed before giving up (Linux's own limit is 40).
    public static let maximumLinks = 40

    /// The path as the user gave it, for messages ("standard output" for `-`).
    public var name: String {
        switch self {
        case .standardOutput: return "standard output"
        case .file(_, let given): return PathText.shown(given)
        case .stream(let path): return PathText.shown(path)
        }
    }

    /// Resolves `path` and checks that it can be written, before any long work: `-` is standard output
    /// (refused for `binary` output when it is a terminal, and when it is closed); a file's folder must exist,
    /// be a folder and be writable, and the path must not be a folder. One line naming the path and the reason
    /// otherwise (`OutputError`, usage for an empty name or binary to a terminal, failure for the rest).
    public static func prepare(_ path: String, binary: Bool = false) throws(OutputError) -> OutputDestination {
        let destination = try resolve(path)
        switch destination {
        case .standardOutput:
            if binary, isatty(STDOUT_FILENO) == 1 {
                throw OutputError(
                    "refusing to write binary output to a terminal; redirect standard output or name a file",
                    kind: .usage)
            }
            try StandardStreams.requireWritableOutput()
        case .file(let target, let given):
            try WritableFolder.check(PathText.folder(of: target), for: given)
        case .stream(let target):
            guard access(target, W_OK) == 0 else { throw OutputError.cannotWrite(target, errno: errno) }
        }
        return destination
    }

    /// Classifies `path` without writing anything: follows symbolic links (at most `maximumLinks`) to the
    /// file they name; a link on procfs (such as /dev/stdout → /proc/self/fd/1) is a stream.
    public static func resolve(_ path: String) throws(OutputError) -> OutputDestination {
        guard !path.isEmpty else {
            throw OutputError(
                "an empty file name is not allowed; name a file or use - for standard output", kind: .usage)
        }
        if path == "-" { return .standardOutput }
        var current = path
        for _ in 0...maximumLinks {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                let code = errno
                guard code == ENOENT else { throw OutputError.cannotWrite(path, errno: code) }
                return try newName(current, given: path)
            }
            switch SystemCalls.fileType(info.st_mode) {
            case S_IFREG:
                return .file(path: current, given: path)
            case S_IFDIR:
                throw OutputError.cannotWrite(path, "it is a folder")
            case S_IFLNK:
                if SystemCalls.isProcFileSystem(PathText.folder(of: current)) {
                    return try procLink(current, given: path)
                }
                current = PathText.resolve(linkTarget: try linkTarget(current, given: path), of: current)
            default:
                return .stream(path: current)
            }
        }
        throw OutputError.cannotWrite(path, "more than \(maximumLinks) symbolic links to follow")
    }

    /// A path that does not exist yet: its folder must exist and be a folder, and it must name a file.
    private static func newName(_ target: String, given: String) throws(OutputError) -> OutputDestination {
        guard !PathText.baseName(of: target).isEmpty else {
            throw OutputError.cannotWrite(given, "it names a folder, not a file")
        }
        let folder = PathText.folder(of: target)
        var info = stat()
        guard stat(folder, &info) == 0 else { throw OutputError.cannotWrite(given, errno: errno, folder: folder) }
        guard SystemCalls.fileType(info.st_mode) == S_IFDIR else {
            throw OutputError.cannotWrite(given, "\(PathText.shown(folder)) is not a folder")
        }
        return .file(path: target, given: given)
    }

    /// A kernel link in /proc (an open descriptor): written straight, whatever it leads to, unless a folder
    /// or a standard stream that was closed when the process started (/dev/stdout with standard output closed).
    private static func procLink(_ link: String, given: String) throws(OutputError) -> OutputDestination {
        if let descriptor = Int32(PathText.baseName(of: link)), StandardStreams.wasClosedAtStart(descriptor) {
            throw OutputError.cannotWrite(given, "descriptor \(descriptor) is closed")
        }
        var info = stat()
        if stat(link, &info) == 0, SystemCalls.fileType(info.st_mode) == S_IFDIR {
            throw OutputError.cannotWrite(given, "it is a folder")
        }
        return .stream(path: link)
    }

    private static func linkTarget(_ link: String, given: String) throws(OutputError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count >= 0 else { throw OutputError.cannotWrite(given, errno: errno) }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
