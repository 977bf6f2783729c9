/// Why a user's expression (`--f "x0^2 + x1^2"`) could not be read, and where.
///
/// `description` is three lines: the message with its 1-based column, the expression, and a caret under the
/// offending column:
///
///     unknown name 'y' at column 5 (allowed here: x, pi, e, exp, log, sin, cos, tan, sqrt, abs, tanh)
///       x + y
///           ^
public struct ExpressionParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The expression is empty or only spaces.
        case empty
        /// A character that is not part of the grammar (`$`, `;`, `[` …).
        case unexpectedCharacter(Character)
        /// A name that is neither a variable of this figure nor a constant or function.
        case unknownName(String, allowed: [String])
        /// A variable that exists, but not for this figure's dimension (`x0` in a 1-D figure, `x` in a 2-D one).
        case wrongVariable(String, allowed: [String])
        /// A function name not followed by `(`: `sin x`.
        case functionNeedsParentheses(String)
        /// A number that cannot be read (`1e`, `1.2.3`) or does not fit a Double (`1e999`).
        case malformedNumber(String)
        /// An operand (number, name, `(`) was expected but something else came (`x + * 2`, `x +`).
        case expectedOperand(found: String)
        /// An operator was expected between two operands (`2 x`, `x (1)`).
        case expectedOperator(found: String)
        /// A `(` that is never closed; the column is that of the `(`.
        case unclosedParenthesis
        /// A `)` without a matching `(`.
        case unmatchedClosingParenthesis
        /// Parentheses or operators nested deeper than `MathExpression.maximumNesting`.
        case tooDeeplyNested(limit: Int)
        /// The expression is longer than `MathExpression.maximumLength` Unicode scalars or
        /// `MathExpression.maximumUTF8Bytes` bytes.
        case tooLong(limit: Int)
    }

    /// What went wrong.
    public let kind: Kind
    /// The expression as the user wrote it.
    public let expression: String
    /// 1-based column (in characters) of the offending place.
    public let column: Int

    /// An error of `kind` at `column` (1-based) in `expression`.
    public init(_ kind: Kind, in expression: String, column: Int) {
        self.kind = kind
        self.expression = expression
        self.column = max(1, column)
    }

    /// The message alone, with its column: "unknown name 'y' at column 5 (…)". Pieces of the expression it
    /// quotes are cut to `ExpressionEcho.quotedScalars` scalars.
    public var message: String {
        let quote = { (text: String) in EchoedText.shortened(text, scalars: ExpressionEcho.quotedScalars) }
        switch kind {
        case .empty:
            return "empty expression: write a formula such as x^2 or x0^2 + x1^2"
        case .unexpectedCharacter(let c):
            return "unexpected character '\(quote(String(c)))' at column \(column)"
        case .unknownName(let name, let allowed):
            return
                "unknown name '\(quote(name))' at column \(column) (allowed here: \(allowed.joined(separator: ", ")))"
        case .wrongVariable(let name, let allowed):
            return
                "'\(quote(name))' at column \(column) is not a variable of this figure; its variables are \(allowed.joined(separator: ", "))"
        case .functionNeedsParentheses(let name):
            return "function '\(quote(name))' at column \(column) needs parentheses: \(quote(name))(...)"
        case .malformedNumber(let text):
            return "malformed number '\(quote(text))' at column \(column) (numbers look like 2, 0.5, 1e-3)"
        case .expectedOperand(let found):
            return "expected a number, name or '(' at column \(column) but found \(found)"
        case .expectedOperator(let found):
            return "expected an operator (+ - * / ^) at column \(column) before \(found)"
        case .unclosedParenthesis:
            return "unbalanced parentheses: '(' at column \(column) is never closed"
        case .unmatchedClosingParenthesis:
            return "unbalanced parentheses: ')' at column \(column) has no matching '('"
        case .tooDeeplyNested(let limit):
            return "expression nested more than \(limit) levels deep at column \(column)"
        case .tooLong(let limit):
            return
                "expression of \(expression.unicodeScalars.count) Unicode scalars (\(expression.utf8.count) UTF-8 bytes) is too long; "
                + "at most \(limit) scalars and \(MathExpression.maximumUTF8Bytes) bytes are allowed"
        }
    }

    /// The message, the expression (at most `ExpressionEcho.shownScalars` scalars of it around the column,
    /// "…" where cut), and a caret under the offending column of what is shown; for an empty expression, the
    /// message alone.
    public var description: String {
        if case .empty = kind { return message }  // nothing to show or point at
        let echo = ExpressionEcho(expression, column: column)
        return "\(message)\n  \(echo.text)\n  \(String(repeating: " ", count: echo.caretOffset))^"
    }
}
