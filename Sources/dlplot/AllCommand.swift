import ArgumentParser
import Figures
import Foundation
import PlottingCairo
import Synchronization

/// `dlplot all --out-dir DIR`: every catalogue figure in every requested format, optionally with the HTML page.
struct AllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Draw every figure with its default parameters into a folder (progress on standard error).",
        discussion: "Files are named <figure-id>.<format>; --html adds index.html. `make figures` runs: dlplot all --out-dir figures --formats png,svg,pdf --html")

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("The folder to write into (created if its parent exists).", valueName: "dir"))
    var outDir: String

    @Option(help: ArgumentHelp("Comma-separated output formats: png, svg, pdf.", valueName: "list"))
    var formats: String = "png,svg,pdf"

    @Flag(help: "Also write index.html: every figure with captions, book reference, command and the chapter's numbers.")
    var html = false

    @Option(help: "Language of labels, legends and titles: ko or en.")
    var lang: Language = .ko

    @Option(help: "Resolution of PNG output in dots per inch (default: 100).")
    var dpi: Double?

    func run() throws {
        let formatList = try Self.parseFormats(formats)
        let settings = try FigureSettings(language: lang, dpi: dpi)
        let folder = try Self.prepareFolder(outDir)
        let figures = Catalogue.figures
        // Figures are independent: draw them on all cores (Cairo canvases are per figure; Pango text is
        // shared behind a lock). Each file is written atomically; the report waits for all of them.
        let outcomes = Mutex<[Int: Result<ReportEntry, any Error>]>([:])
        let finished = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: figures.count) { index in
            let figure = figures[index]
            let outcome = Result { () throws -> ReportEntry in
                let built = try FigureBuilder.build(figure, settings: settings)
                for format in formatList {
                    let bytes = try built.figure.render(as: format)
                    try AtomicFile.write(bytes, to: "\(folder)/\(figure.id).\(format.rawValue)")
                }
                let pixels = built.figure.sizeInPixels
                return ReportEntry(figure: figure, pixelWidth: pixels.width, pixelHeight: pixels.height, warnings: built.warnings)
            }
            outcomes.withLock { $0[index] = outcome }
            let count = finished.withLock { done in done += 1; return done }
            let formatNames = formatList.map(\.rawValue).joined(separator: " ")
            printToStandardError("[\(count)/\(figures.count)] \(figure.id): \((try? outcome.get()) == nil ? "failed" : formatNames)")
        }
        let results = outcomes.withLock { $0 }
        var entries: [ReportEntry] = []
        for index in figures.indices {
            guard let outcome = results[index] else { continue }
            let entry = try outcome.get()
            for warning in entry.warnings { printToStandardError("dlplot: warning: \(entry.figure.id): \(warning)") }
            entries.append(entry)
        }
        if html {
            let page = try ReportPage.html(entries: entries, formats: formatList.map(\.rawValue))
            try AtomicFile.write(Array(page.utf8), to: "\(folder)/index.html")
            printToStandardError("wrote \(folder)/index.html")
        }
    }

    /// "png,svg" → [.png, .svg]; one line naming a bad or repeated entry.
    static func parseFormats(_ text: String) throws(CommandError) -> [OutputFormat] {
        var result: [OutputFormat] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = piece.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = OutputFormat(rawValue: name) else {
                throw CommandError(message: "--formats: '\(piece)' is not a format; allowed: png, svg, pdf (comma-separated)")
            }
            if !result.contains(format) { result.append(format) }
        }
        return result
    }

    /// The folder, created when missing but its parent exists; a one-line error otherwise.
    static func prepareFolder(_ path: String) throws(CommandError) -> String {
        let folder = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw CommandError(message: "--out-dir \(folder) is a file, not a folder") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            } catch {
                throw CommandError(message: "--out-dir \(folder) does not exist and cannot be created (its parent folder must exist and be writable)")
            }
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw CommandError(message: "--out-dir \(folder) is not writable")
        }
        return folder
    }
}
