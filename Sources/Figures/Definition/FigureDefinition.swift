/// One chapter figure: what it is, where it is in the book, what a reader may change, and how to draw it.
///
/// A figure is a small type (usually a caseless enum) in its own file, listed once in `Catalogue.figures`.
/// The command line derives everything from it: the subcommand `dlplot <id>`, its `--<parameter>` options and
/// help, the entry in `dlplot list` and in the HTML report.
public protocol FigureDefinition: Sendable {
    /// The id used on the command line and in file names: `gradient-field`.
    static var id: String { get }
    /// Where the figure belongs in the book.
    static var book: BookReference { get }
    /// The caption, as under the figure in the report (Korean and English).
    static var caption: LocalizedText { get }
    /// One line for `dlplot list` and the subcommand's help.
    static var summary: LocalizedText { get }
    /// The parameters a reader may change, with defaults faithful to the book's script.
    static var parameters: [ParameterSpec] { get }
    /// Builds the figure (its default size, labels in `language`) from validated parameters.
    static func build(_ parameters: ParameterValues, language: Language) throws -> FigureOutput
}

extension FigureDefinition {
    /// The declaration of `name`, if the figure has that parameter.
    public static func parameter(_ name: ParameterName) -> ParameterSpec? {
        parameters.first { $0.name == name }
    }
}
