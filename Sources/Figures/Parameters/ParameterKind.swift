import Core

/// What a parameter's text means and which values are allowed.
public enum ParameterKind: Sendable, Hashable {
    /// A user expression in the given variables.
    case expression(ExpressionVariables)
    /// One number in a domain.
    case number(NumberDomain)
    /// A comma-separated list of numbers in a domain, with a number of values in `count`.
    case numbers(NumberDomain, count: ClosedRange<Int>)
    /// A whole number in a range.
    case integer(ClosedRange<Int>)
    /// Two numbers `lo,hi` in a domain with lo < hi.
    case interval(NumberDomain)
    /// A `row,column` index into a matrix of the given shape (0-based).
    case matrixIndex(rows: Int, columns: Int)
    /// A path to a file of the kind described (read when the figure is built); empty for the figure's own.
    case file(String)
    /// One word out of a fixed list (`auto`, `equal`), written exactly so.
    case choice([String])

    /// What the user may write, for error messages and help: "2 numbers x0,x1, each a finite number".
    public var allowed: String {
        switch self {
        case .expression(let variables):
            return
                "an expression in \(variables.names.joined(separator: ", ")) such as \(variables == .oneDimensional ? "0.01*x^2 + 0.1*x" : "x0^2 + x1^2")"
        case .number(let domain):
            return domain.description
        case .numbers(let domain, let count):
            let howMany =
                count.lowerBound == count.upperBound
                ? "\(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
            return "\(howMany) comma-separated value\(count.upperBound == 1 ? "" : "s"), each \(domain.description)"
        case .integer(let range):
            return "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .interval(let domain):
            return "two numbers lo,hi with lo < hi, each \(domain.description)"
        case .matrixIndex(let rows, let columns):
            return "row,column with row 0 to \(rows - 1) and column 0 to \(columns - 1)"
        case .file(let what):
            return "a path to \(what)"
        case .choice(let words):
            return "one of " + words.joined(separator: ", ")
        }
    }
}
