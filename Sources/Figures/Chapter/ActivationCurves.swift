import Core
import Plotting

/// The shared shape of figures 3-6 to 3-9: activation functions over x in [-5, 5) step 0.1, y limits
/// -0.1…1.1 (ReLU's -1…5.5), as the book's `step_function.py`, `sigmoid.py`, `sig_step_compare.py` and
/// `relu.py` draw them.
enum ActivationCurves {
    /// One curve of such a figure.
    struct Curve {
        let function: @Sendable (Double) -> Double
        let name: LocalizedText
        let color: Color?
        let style: LineStyle
    }

    /// The step function, in the default colour or as the book's `'k--'` when compared.
    static func step(compared: Bool) -> Curve {
        Curve(
            function: Activation.step, name: CommonText.stepFunction,
            color: compared ? BookStyle.black : nil, style: compared ? .dashed : .solid)
    }

    /// The sigmoid, in the default colour.
    static let sigmoid = Curve(function: Activation.sigmoid, name: CommonText.sigmoid, color: nil, style: .solid)

    /// ReLU, in the default colour.
    static let relu = Curve(
        function: Activation.relu, name: LocalizedText(ko: "ReLU 함수", en: "ReLU"), color: nil, style: .solid)

    /// The parameters these figures share: the sampled range and step.
    static let parameters = [
        ParameterSpec(
            .range, .interval(.plottable), default: "-5,5", help: "x range lo,hi (hi excluded, as numpy's arange)."),
        ParameterSpec(.step, .number(.positive), default: "0.1", help: "Spacing of the sampled x values."),
    ]

    /// The figure: one line per curve; a legend when there is more than one.
    static func build(
        _ curves: [Curve], _ values: ParameterValues, yLimits: ClosedRange<Double> = -0.1...1.1,
        language: Language
    ) throws -> FigureOutput {
        let xs = try Sampling.curve(values)
        var columns: [(name: String, values: [Double])] = [("x", xs)]
        var marks: [any Mark] = []
        for curve in curves {
            let ys = xs.map(curve.function)
            columns.append((curve.name.en, ys))
            marks.append(
                LineMark(
                    x: xs, y: ys, color: curve.color, style: curve.style,
                    label: curves.count > 1 ? curve.name.label(language) : nil))
        }
        let axes = Axes(marks: marks, yLimits: yLimits, legend: curves.count > 1 ? .upperLeft : nil)
        return FigureOutput(figure: Figure(axes), data: DataTable(columns: columns))
    }
}
