import Foundation
import PlottingCairo

/// Where one figure goes: a file path (format from its extension unless overridden) or standard output.
struct OutputTarget {
    /// The file path, or nil for standard output.
    let path: String?
    let format: OutputFormat

    /// Checks the path before anything is drawn: a known extension (or `--format`), an existing writable folder.
    init(path: String, format override: OutputFormat?) throws {
        if path == "-" {
            self.path = nil
            self.format = override ?? .png
            return
        }
        self.format = try override ?? OutputFormat(path: path)
        self.path = try Self.checkWritable(path)
    }

    /// Writes the bytes atomically to the file, or to standard output.
    func write(_ bytes: [UInt8]) throws {
        if let path {
            try AtomicFile.write(bytes, to: path)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    /// `path` if its folder exists and is writable and the path is not a folder; a one-line error otherwise.
    static func checkWritable(_ path: String) throws(CommandError) -> String {
        guard !path.isEmpty else { throw CommandError(message: "an empty file name is not allowed") }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw CommandError(message: "cannot write \(path): folder \(folder) does not exist")
        }
        guard isFolder.boolValue else { throw CommandError(message: "cannot write \(path): \(folder) is not a folder") }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw CommandError(message: "cannot write \(path): folder \(folder) is not writable")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandError(message: "cannot write \(path): it is a folder")
        }
        return path
    }
}

/// Prints a line to standard error.
func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
