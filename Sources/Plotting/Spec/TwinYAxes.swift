/// A second y axis on the right of an axes, sharing its x axis: matplotlib's `ax.twinx()`.
///
/// ```swift
/// var axes = Axes(xLabel: "epoch", yLabel: "loss") { LineMark(x: epochs, y: loss, label: "loss") }
/// axes.twinx = TwinYAxes(yLabel: "accuracy", yLimits: 0...1) {
///     LineMark(x: epochs, y: accuracy, color: Theme.matplotlib.colorCycle[1], label: "accuracy")
/// }
/// ```
/// Its marks are drawn over the main axes' marks with the same x mapping (the x limits cover both axes'
/// data) and their own y scale, ticks and label on the right. As in matplotlib it has its own colour
/// cycle (starting again at C0) and its own legend.
public struct TwinYAxes: Sendable {
    /// The marks drawn against the right y axis.
    public var marks: [any Mark]
    /// The label right of the right-hand tick labels.
    public var yLabel: Label?
    /// The right axis's scale.
    public var yScale: Scale
    /// Explicit limits for the right axis; nil chooses them from its marks.
    public var yLimits: ClosedRange<Double>?
    /// Explicit tick positions for the right axis; nil chooses them automatically.
    public var yTicks: [Double]?
    /// Where to draw a legend of the twin's labelled marks; nil for none.
    public var legend: LegendPlacement?

    /// A right-hand y axis whose marks come from a `MarksBuilder` block.
    public init(
        yLabel: Label? = nil, yScale: Scale = .linear, yLimits: ClosedRange<Double>? = nil,
        yTicks: [Double]? = nil, legend: LegendPlacement? = nil, @MarksBuilder marks: () -> [any Mark]
    ) {
        self.init(marks: marks(), yLabel: yLabel, yScale: yScale, yLimits: yLimits, yTicks: yTicks, legend: legend)
    }

    /// A right-hand y axis holding `marks`.
    public init(
        marks: [any Mark], yLabel: Label? = nil, yScale: Scale = .linear, yLimits: ClosedRange<Double>? = nil,
        yTicks: [Double]? = nil, legend: LegendPlacement? = nil
    ) {
        self.marks = marks
        self.yLabel = yLabel
        self.yScale = yScale
        self.yLimits = yLimits
        self.yTicks = yTicks
        self.legend = legend
    }
}

extension Axes {
    /// The twin as an axes of its own drawn over this one: the x limits, scale and direction of `x`, no
    /// frame, no x ticks, its y axis on the right.
    func twinAxes(sharing x: AxisMapping, inverted: Bool) -> Axes? {
        guard let twinx else { return nil }
        var twin = Axes(
            marks: twinx.marks, yLabel: twinx.yLabel, xScale: xScale, yScale: twinx.yScale,
            xLimits: Swift.min(x.lower, x.upper)...Swift.max(x.lower, x.upper), yLimits: twinx.yLimits,
            legend: twinx.legend, spines: [])
        twin.xAxisInverted = inverted
        twin.xTicks = []
        twin.showXTickLabels = false
        twin.showMinorLogTicks = showMinorLogTicks
        twin.yTicks = twinx.yTicks
        twin.yAxisSide = .right
        return twin
    }

    /// Throws a `PlotError` for the twin's limits, ticks or marks.
    func validateTwin() throws {
        guard let twinx else { return }
        var twin = Axes(marks: twinx.marks, yScale: twinx.yScale, yLimits: twinx.yLimits)
        twin.yTicks = twinx.yTicks
        do { try twin.validate() } catch let error as PlotError {
            throw PlotError("twinx: " + error.message)
        }
    }
}

/// Which side of the plot box an axes draws its y axis on.
enum YAxisSide: Hashable, Sendable {
    /// The left (the usual y axis).
    case left
    /// The right (a twin's).
    case right
}
