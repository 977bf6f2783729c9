import Core

/// The declaration of `--f` for figures of f(x0, x1), default the book's `function_2`.
enum TwoVariableFunction {
    static let parameter = ParameterSpec(
        .f, .expression(.twoDimensional), default: "x0^2 + x1^2",
        help: "The function f(x0, x1), an expression in x0 and x1.")

    /// `--init`: a start point of two coordinates.
    static let start = ParameterSpec(
        .`init`, .numbers(.plottable, count: 2...2), default: "-3,4",
        help: "The start point x0,x1.")
}
