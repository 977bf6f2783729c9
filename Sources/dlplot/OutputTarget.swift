import DLPlotCLI
import FileOutput
import PlottingAnimation
import PlottingCairo

/// Where one figure goes, checked before anything is drawn: a file path (format from its extension unless
/// overridden), a device or FIFO, or standard output (`-`, PNG by default).
struct OutputTarget {
    let destination: OutputDestination
    let format: OutputFormat

    /// Resolves and checks the path (see `OutputDestination.prepare`): a known extension (or `--format`),
    /// an existing writable folder, not a folder; binary output to a terminal is refused.
    init(path: String, format override: OutputFormat?) throws {
        do {
            self.format = try override ?? (path == "-" ? .png : OutputFormat(path: path))
        } catch RenderError.unknownFormat(let ext) where (try? AnimationFormat(fileExtension: ext)) != nil {
            throw CommandError(
                message: "--out \(path): a .\(ext) file is an animation; add --animate (or write .png, .svg or .pdf)")
        }
        self.destination = try OutputDestination.prepare(path, binary: format != .svg)
    }
}

/// Prints a line to standard error (a failure to do so is ignored: there is nowhere left to report it).
func printToStandardError(_ line: String) {
    StandardStreams.printError(line)
}
