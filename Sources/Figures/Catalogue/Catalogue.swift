/// Every figure dlplot knows, in the book's order. Adding a figure: write its file, add one line here.
public enum Catalogue {
    /// The figures in book order.
    public static let figures: [any FigureDefinition.Type] = [
        StepFunctionFigure.self,
        SigmoidFigure.self,
        StepVersusSigmoidFigure.self,
        ReLUFigure.self,
        LogFigure.self,
        CrossEntropyFigure.self,
        LossVersusAccuracyFigure.self,
        SlopeStepVersusSigmoidFigure.self,
        TrueVersusNumericalDerivativeFigure.self,
        FunctionOneFigure.self,
        TangentFigure.self,
        Surface3DFigure.self,
        GradientFieldFigure.self,
        GradientDescentFigure.self,
        LearningRatesFigure.self,
        TrainingLossFigure.self,
        TrainingAccuracyFigure.self,
        ConfusionMatrixFigure.self,
        HiddenWeightsFigure.self,
        MisclassifiedFigure.self,
        WeightHistogramFigure.self,
    ]

    /// The figures that can also move (`--animate`), in book order.
    public static var animatedFigures: [any AnimatedFigure.Type] {
        figures.compactMap { $0 as? any AnimatedFigure.Type }
    }

    /// The ids in book order.
    public static var ids: [String] { figures.map { $0.id } }

    /// The figure with `id`, or nil.
    public static func figure(id: String) -> (any FigureDefinition.Type)? {
        figures.first { $0.id == id }
    }

    /// The figure with `id`, or a one-line error naming the nearest id.
    public static func require(id: String) throws(ParameterError) -> any FigureDefinition.Type {
        if let figure = figure(id: id) { return figure }
        throw ParameterError(unknownFigureMessage(id))
    }

    /// "unknown figure 'gradient-feild'; did you mean 'gradient-field'? (dlplot list shows all)".
    public static func unknownFigureMessage(_ id: String, otherNames: [String] = []) -> String {
        let hint = NearestName.suggestion(for: id, among: ids + otherNames).map { "; did you mean '\($0)'?" } ?? ""
        return "unknown figure or command '\(id)'\(hint) (dlplot list shows every figure)"
    }
}
