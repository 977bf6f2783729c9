import ArgumentParser
import DLPlotCLI
import Figures
import PlottingCairo

/// The options every figure subcommand shares: where to write, in which format, size, language, title, data.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            "Output file (.png, .svg, .pdf); '-' writes to standard output (PNG and PDF not to a terminal) (default: <figure-id>.png).",
            valueName: "file"))
    var out: String?

    @Option(help: "Output format, overriding the extension: png, svg or pdf.")
    var format: OutputFormat?

    // The size, resolution and language are read as text and checked by FigureSettings, the same code and
    // messages as `dlplot serve`'s query (`.unconditional`: a value starting with '-' is the value, not an option).
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Width in inches (default: the figure's, usually 6.4).", valueName: "inches"))
    var width: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Height in inches (default: the figure's, usually 4.8).", valueName: "inches"))
    var height: String?

    @Option(parsing: .unconditional, help: Self.dpiHelp) var dpi: String?

    @Option(parsing: .unconditional, help: Self.languageHelp) var lang: String?

    /// The help of `--dpi` and `--lang`, which `dlplot all` takes too.
    static let dpiHelp = ArgumentHelp("Resolution of PNG output in dots per inch (default: 100).", valueName: "dpi")
    static let languageHelp = ArgumentHelp(
        "Language of labels, legends and titles: ko or en (default: ko).", valueName: "ko|en")

    @Option(help: "Figure title (default: none, as in the book; '' removes a figure's own title).")
    var title: String?

    @Option(
        help: ArgumentHelp(
            "Also write the drawn series as CSV (header row, one column per variable); '-' writes it to standard output. The figure and the CSV are written together or not at all.",
            valueName: "file.csv"))
    var data: String?

    /// The long names of these options, for suggestions.
    static let optionNames = ["-o", "--out", "--format", "--width", "--height", "--dpi", "--lang", "--title", "--data"]

    /// The shared figure settings, validated.
    func settings() throws(ParameterError) -> FigureSettings {
        try FigureSettings(languageText: lang, title: title, widthText: width, heightText: height, dpiText: dpi)
    }
}
