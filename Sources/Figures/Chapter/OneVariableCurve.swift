import Core
import Plotting

/// A user function y = f(x) sampled over `--range` with `--step`: the curve of figures 4-6 and 4-7.
struct OneVariableCurve {
    let function: MathExpression
    let xs: [Double]
    let ys: [Double]

    /// Samples `--f` over `--range`/`--step`.
    init(_ values: ParameterValues) throws(ParameterError) {
        let f = values.expression(.f)
        let xs = try Sampling.curve(values)
        function = f
        self.xs = xs
        ys = xs.map { f($0) }
    }

    /// The declarations of `--f`, `--range` and `--step` with the given defaults.
    static func parameters(function: String, range: String, step: String = "0.1") -> [ParameterSpec] {
        [
            ParameterSpec(
                .f, .expression(.oneDimensional), default: function, help: "The function f(x), an expression in x."),
            ParameterSpec(
                .range, .interval(.plottable), default: range, help: "x range lo,hi (hi excluded, as numpy's arange)."),
            ParameterSpec(.step, .number(.positive), default: step, help: "Spacing of the sampled x values."),
        ]
    }

    /// The curve as a line in the default colour.
    func line(label: Label? = nil) -> LineMark { LineMark(x: xs, y: ys, label: label) }
}
