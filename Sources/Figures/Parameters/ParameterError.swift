import Core

/// A parameter value that cannot be used: one line naming the option, the value and what is allowed
/// (for an expression, the line is followed by the expression and a caret under the bad column).
public struct ParameterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The complete message.
    public let description: String

    /// A message as given.
    public init(_ description: String) { self.description = description }

    /// "--lr nan is not allowed: the value must be a finite number above 0".
    static func notAllowed(_ name: ParameterName, _ text: String, _ kind: ParameterKind, detail: String? = nil) -> ParameterError {
        let reason = detail.map { "\($0); " } ?? ""
        return ParameterError("\(name.flag) \(quoted(text)) is not allowed: \(reason)expected \(kind.allowed)")
    }

    /// "--f: unknown name 'y' at column 5 …" with the expression and caret lines.
    static func expression(_ name: ParameterName, _ error: ExpressionParseError) -> ParameterError {
        ParameterError("\(name.flag): \(error.description)")
    }

    /// A parameter the figure does not have.
    static func unknown(_ name: String, figure: String, available: [ParameterName]) -> ParameterError {
        let list = available.isEmpty ? "it has none" : "its options are " + available.map(\.flag).joined(separator: ", ")
        return ParameterError("\(figure) has no option --\(name); \(list)")
    }

    /// The value as typed, cut to `EchoedText.maximumScalars` scalars, in quotes when empty or spaced.
    private static func quoted(_ text: String) -> String {
        let shown = EchoedText.shortened(text)
        return shown.isEmpty || shown.contains(" ") ? "'\(shown)'" : shown
    }
}
