/// One parameter a figure declares: its name, what it accepts, its default (as typed on the command line) and
/// a help line.
public struct ParameterSpec: Sendable, Hashable {
    public let name: ParameterName
    public let kind: ParameterKind
    /// The default as the user would type it ("-3,4", "0.1"), faithful to the book's script.
    public let defaultText: String
    /// One line of help for `--help` (English).
    public let help: String
    /// What the default means, for help, when `defaultText` is empty (a `.file` parameter's own file).
    public let defaultDescription: String?

    /// A parameter declaration.
    public init(
        _ name: ParameterName, _ kind: ParameterKind, default defaultText: String, help: String,
        defaultDescription: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.defaultText = defaultText
        self.help = help
        self.defaultDescription = defaultDescription
    }
}
