import FileOutput
import PlottingCairo

/// Where one figure goes, checked before anything is drawn: a file path (format from its extension unless
/// overridden), a device or FIFO, or standard output (`-`, PNG by default).
struct OutputTarget {
    let destination: OutputDestination
    let format: OutputFormat

    /// Resolves and checks the path (see `OutputDestination.prepare`): a known extension (or `--format`),
    /// an existing writable folder, not a folder; binary output to a terminal is refused.
    init(path: String, format override: OutputFormat?) throws {
        self.format = try override ?? (path == "-" ? .png : OutputFormat(path: path))
        self.destination = try OutputDestination.prepare(path, binary: format != .svg)
    }
}

/// Prints a line to standard error (a failure to do so is ignored: there is nowhere left to report it).
func printToStandardError(_ line: String) {
    StandardStreams.printError(line)
}
