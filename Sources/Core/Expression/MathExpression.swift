/// The variables an expression may use: `x` for a curve y = f(x), `x0` and `x1` for a surface z = f(x0, x1).
public enum ExpressionVariables: String, CaseIterable, Hashable, Sendable {
    /// One variable, `x`.
    case oneDimensional
    /// Two variables, `x0` and `x1`.
    case twoDimensional

    /// The variable names, in slot order.
    public var names: [String] {
        switch self {
        case .oneDimensional: return ["x"]
        case .twoDimensional: return ["x0", "x1"]
        }
    }

    /// Every name an expression of this kind may use (for error messages).
    public var allowedNames: [String] {
        names + ["pi", "e"] + ExpressionFunction.allCases.map(\.rawValue)
    }
}

/// A user's formula (`--f "x0^2 + x1^2"`) parsed and compiled into a fast function.
///
/// Syntax: numbers (`2`, `0.5`, `1e-3`), the variables of `variables`, the constants `pi` and `e`,
/// `+ - * / ^` (`**` works too; `^` is right-associative and binds tighter than unary minus: `-x^2` is
/// `-(x^2)`), parentheses, and the functions `exp log sin cos tan sqrt abs tanh` (called with parentheses).
/// Evaluation follows IEEE arithmetic: `log(-1)` is NaN and `1/0` is infinity, which plots draw as gaps.
public struct MathExpression: Sendable, CustomStringConvertible {
    /// The longest expression accepted, in Unicode scalars (a letter with combining marks counts each mark).
    public static let maximumLength = 2000
    /// The longest expression accepted, in UTF-8 bytes.
    public static let maximumUTF8Bytes = 4000
    /// The deepest nesting of parentheses and unary operators accepted.
    public static let maximumNesting = 100

    /// The expression as written.
    public let source: String
    /// Which variables it uses.
    public let variables: ExpressionVariables
    private let evaluate: @Sendable (Double, Double) -> Double

    /// Parses `source`; throws an `ExpressionParseError` pointing at the offending column.
    public init(parsing source: String, variables: ExpressionVariables) throws(ExpressionParseError) {
        // Counted in scalars and bytes, never in characters: one character may carry any number of
        // combining marks. The checks look at no more than the limits, so a huge input costs nothing more.
        if source.utf8.dropFirst(Self.maximumUTF8Bytes).first != nil
            || source.unicodeScalars.dropFirst(Self.maximumLength).first != nil
        {
            throw ExpressionParseError(.tooLong(limit: Self.maximumLength), in: source, column: 1)
        }
        var parser = try ExpressionParser(source: source, variables: variables)
        let tree = try parser.parse()
        self.source = source
        self.variables = variables
        self.evaluate = tree.compiled()
    }

    /// f(x) for a one-variable expression (for two variables, `x1` is taken as 0).
    public func callAsFunction(_ x: Double) -> Double { evaluate(x, 0) }

    /// f(x0, x1) for a two-variable expression (a one-variable expression ignores `x1`).
    public func callAsFunction(_ x0: Double, _ x1: Double) -> Double { evaluate(x0, x1) }

    /// f at a point given as an array (`[x]` or `[x0, x1]`); missing coordinates count as 0.
    public func callAsFunction(_ point: [Double]) -> Double {
        evaluate(point.first ?? 0, point.count > 1 ? point[1] : 0)
    }

    /// The expression as the user typed it.
    public var description: String { source }
}
