import ArgumentParser
import DLPlotCLI
import Figures
import FileOutput
import Foundation
import PlottingAnimation
import PlottingCairo
import Synchronization

/// `dlplot all --out-dir DIR`: every catalogue figure in every requested format, optionally with the HTML page.
struct AllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Draw every figure with its default parameters into a folder (progress on standard error).",
        discussion:
            "Files are named <figure-id>.<format>; --html adds index.html. Every file is checked before drawing and all are written together at the end: a failure leaves none of the new files (the old ones stay as they were). `make figures` runs: dlplot all --out-dir figures --formats png,svg,pdf --html"
    )

    @Option(
        name: .customLong("out-dir"),
        help: ArgumentHelp("The folder to write into (created if its parent exists).", valueName: "dir"))
    var outDir: String

    @Option(help: ArgumentHelp("Comma-separated output formats: png, svg, pdf.", valueName: "list"))
    var formats: String = "png,svg,pdf"

    @Option(
        help: ArgumentHelp(
            "Also write every figure that moves as these animation formats (comma-separated: gif, webp, webm, mp4, html; webm and mp4 need ffmpeg), named <figure-id>.<format>; the page shows them.",
            valueName: "list"))
    var animations: String = ""

    @Flag(help: "Also write index.html: every figure with captions, book reference, command and the chapter's numbers.")
    var html = false

    @Option(parsing: .unconditional, help: OutputOptions.languageHelp) var lang: String?

    @Option(parsing: .unconditional, help: OutputOptions.dpiHelp) var dpi: String?

    /// Checks every output first, draws the figures in parallel (staging their files), prints progress in
    /// catalogue order, and commits every file and the page together: a failure leaves none of the new files.
    func run() throws {
        let formatList = try OutputFormatList.parse(formats)
        let settings = try FigureSettings(
            languageText: lang, title: nil, widthText: nil, heightText: nil, dpiText: dpi)
        let folder = try OutputFolder.prepare(outDir, option: "--out-dir")
        let figures = Catalogue.figures
        let destinations = try figures.map { figure throws(OutputError) in
            try formatList.map { format throws(OutputError) in
                try OutputDestination.prepare("\(folder)/\(figure.id).\(format.rawValue)")
            }
        }
        let animationFormats = try AnimationFormatList.parse(animations)
        for format in animationFormats { try AnimationRun.mapped { try format.checkAvailable() } }
        let animated = animationFormats.isEmpty ? [] : Catalogue.animatedFigures
        let animationDestinations = try animated.map { figure throws(OutputError) in
            try animationFormats.map { format throws(OutputError) in
                try OutputDestination.prepare("\(folder)/\(figure.id).\(format.rawValue)")
            }
        }
        let page = try html ? OutputDestination.prepare("\(folder)/index.html") : nil
        let outputs = OutputSet()
        let progress = OrderedProgress(count: figures.count)
        let formatNames = formatList.map(\.rawValue).joined(separator: " ")
        // Figures are independent: draw them on all cores (Cairo canvases are per figure; Pango text is
        // shared behind a lock). Each file is staged in the folder; the commit waits for all of them.
        let outcomes = Mutex<[Int: Result<ReportEntry, any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: figures.count) { index in
            let figure = figures[index]
            let outcome = Result { () throws -> ReportEntry in
                let built = try FigureBuilder.build(figure, settings: settings)
                for (format, destination) in zip(formatList, destinations[index]) {
                    try outputs.add(try built.figure.render(as: format), to: destination)
                }
                let pixels = built.figure.sizeInPixels
                return ReportEntry(
                    figure: figure, pixelWidth: pixels.width, pixelHeight: pixels.height, warnings: built.warnings)
            }
            outcomes.withLock { $0[index] = outcome }
            progress.finished(index, line: (try? outcome.get()) == nil ? nil : "\(figure.id): \(formatNames)")
        }
        let results = outcomes.withLock { $0 }
        var entries: [ReportEntry] = []
        for index in figures.indices {
            guard let outcome = results[index] else { continue }
            let entry = try outcome.get()
            for warning in entry.warnings {
                printToStandardError("dlplot all: warning: \(entry.figure.id): \(warning)")
            }
            entries.append(entry)
        }
        let animationFiles = try AnimationBatch.render(
            animated, as: animationFormats, into: animationDestinations, settings: settings, outputs: outputs)
        if let page {
            entries = entries.map { entry in
                guard let files = animationFiles[entry.figure.id] else { return entry }
                return entry.withAnimations(files.names, size: files.size)
            }
            try outputs.add(
                Array(try ReportPage.html(entries: entries, formats: formatList.map(\.rawValue)).utf8), to: page)
        }
        try outputs.commit()
        if page != nil { printToStandardError("dlplot all: wrote \(folder)/index.html") }
    }
}
