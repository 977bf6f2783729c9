import FileOutput
import Foundation

/// Writes the evidence of one failed comparison into a folder: expected.png, actual.png, diff.png, report.json.
public enum FailureEvidence {
    /// Creates `folder` (and parents) and writes the four files into it.
    /// - Returns: the entry describing them for a run's HTML page, with paths relative to `pageFolder`.
    @discardableResult
    public static func write(
        to folder: String, relativeTo pageFolder: String, report: ComparisonReport,
        expected: RGBAImage?, actual: RGBAImage?, acceptCommand: String?
    ) throws -> RunReportPage.Entry {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.write([UInt8](report.jsonData()), to: folder + "/report.json")
        } catch let error as OutputError {
            throw ImageComparisonError.unreadableFile(path: folder, reason: "cannot write evidence: \(error.message)")
        } catch {
            throw ImageComparisonError.unreadableFile(
                path: folder, reason: "cannot write evidence: \(error.localizedDescription)")
        }
        if let expected { try PNGCodec.write(expected, to: folder + "/expected.png") }
        if let actual { try PNGCodec.write(actual, to: folder + "/actual.png") }
        if let expected, let actual {
            try PNGCodec.write(try DiffImage.make(expected: expected, actual: actual), to: folder + "/diff.png")
        }
        let relative = relativePath(of: folder, from: pageFolder)
        return RunReportPage.Entry(
            title: report.name, summary: report.summary, passed: false,
            expectedImage: expected == nil ? nil : relative + "/expected.png",
            actualImage: actual == nil ? nil : relative + "/actual.png",
            diffImage: expected == nil || actual == nil ? nil : relative + "/diff.png",
            reportJSON: relative + "/report.json", acceptCommand: acceptCommand)
    }

    /// `path` relative to `base` when it lies inside it, else `path` unchanged.
    static func relativePath(of path: String, from base: String) -> String {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
