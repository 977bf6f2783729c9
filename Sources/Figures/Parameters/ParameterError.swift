import Core

/// A parameter value that cannot be used: one line naming the option, the value and what is allowed
/// (for an expression, with context lines: the expression and a caret under the bad column).
public struct ParameterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The one-line message.
    public let message: String
    /// Lines that show where the error is (an expression and a caret), for a person at a terminal; nil if none.
    public let context: String?

    /// The message, followed by the context lines if any.
    public var description: String { context.map { "\(message)\n\($0)" } ?? message }

    /// A message as given: its first line is the message, any further lines the context.
    public init(_ description: String) {
        let lines = description.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        message = String(lines[0])
        context = lines.count > 1 ? String(lines[1]) : nil
    }

    /// "--lr nan is not allowed: the value must be a finite number above 0".
    static func notAllowed(
        _ name: ParameterName, _ text: String, _ kind: ParameterKind, detail: String? = nil
    ) -> ParameterError {
        let reason = detail.map { "\($0); " } ?? ""
        return ParameterError("\(name.flag) \(quoted(text)) is not allowed: \(reason)expected \(kind.allowed)")
    }

    /// "--f: unknown name 'y' at column 5 …" with the expression and caret lines.
    static func expression(_ name: ParameterName, _ error: ExpressionParseError) -> ParameterError {
        ParameterError("\(name.flag): \(error.description)")
    }

    /// A parameter the figure does not have.
    static func unknown(_ name: String, figure: String, available: [ParameterName]) -> ParameterError {
        let list =
            available.isEmpty ? "it has none" : "its options are " + available.map(\.flag).joined(separator: ", ")
        return ParameterError("\(figure) has no option --\(name); \(list)")
    }

    /// The value as typed, cut to `EchoedText.maximumScalars` scalars, in quotes when empty or spaced.
    static func quoted(_ text: String) -> String {
        let shown = EchoedText.shortened(text)
        return shown.isEmpty || shown.contains(" ") ? "'\(shown)'" : shown
    }
}
