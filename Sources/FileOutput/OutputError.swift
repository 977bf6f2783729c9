import Platform

/// Why an output could not be written: one line naming the path and the reason, and whether the user asked
/// for something impossible (a usage error, exit status 2) or the machine refused (exit status 1).
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure it is, which decides the exit status.
    public enum Kind: Sendable, Equatable {
        /// A bad value on the command line: an empty name, two outputs to one place, binary to a terminal.
        case usage
        /// Files, folders or the disk refused: missing or unwritable folder, disk full, closed output, …
        case failure
    }

    /// The one-line message, e.g. "cannot write out/a.png: No space left on device".
    public let message: String
    public let kind: Kind

    public init(_ message: String, kind: Kind = .failure) {
        self.message = message
        self.kind = kind
    }

    /// 2 for a usage error, 1 for a failure (dlplot's exit-status table).
    public var exitStatus: Int32 { kind == .usage ? 2 : 1 }

    public var description: String { message }

    /// "cannot write PATH: REASON".
    static func cannotWrite(_ path: String, _ reason: String) -> OutputError {
        OutputError("cannot write \(PathText.shown(path)): \(reason)")
    }

    /// "cannot write PATH: <strerror(code)>", naming the folder when the error is about the folder.
    static func cannotWrite(_ path: String, errno code: Int32, folder: String? = nil) -> OutputError {
        let reason = SystemCalls.text(ofError: code)
        guard let rawFolder = folder else { return cannotWrite(path, reason) }
        let folder = PathText.shown(rawFolder)
        switch code {
        case ENOENT where !Self.isFolder(rawFolder): return cannotWrite(path, "folder \(folder) does not exist")
        case ENOENT: return cannotWrite(path, "no file can be created in folder \(folder) (\(reason))")
        case ENOTDIR: return cannotWrite(path, "\(folder) is not a folder")
        case EACCES, EPERM: return cannotWrite(path, "folder \(folder) is not writable (\(reason))")
        default: return cannotWrite(path, "\(reason) (in folder \(folder))")
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && SystemCalls.fileType(info.st_mode) == S_IFDIR
    }
}
