/// A second x axis on top of an axes, sharing its y axis: matplotlib's `ax.twiny()`.
///
/// ```swift
/// var axes = Axes(xLabel: "iteration", yLabel: "loss") { LineMark(x: iterations, y: loss) }
/// axes.twiny = TwinXAxes(xLabel: "epoch") { LineMark(x: epochs, y: lossPerEpoch, color: .black) }
/// ```
/// Its marks are drawn over the main axes' marks with the same y mapping (the y limits cover both axes'
/// data) and their own x scale, ticks and label on top; the axes title goes above them. As in matplotlib
/// it has its own colour cycle and its own legend.
public struct TwinXAxes: Sendable {
    /// The marks drawn against the top x axis.
    public var marks: [any Mark]
    /// The label above the top tick labels.
    public var xLabel: Label?
    /// The top axis's scale.
    public var xScale: Scale
    /// Explicit limits for the top axis; nil chooses them from its marks.
    public var xLimits: ClosedRange<Double>?
    /// Explicit tick positions for the top axis; nil chooses them automatically.
    public var xTicks: [Double]?
    /// Where to draw a legend of the twin's labelled marks; nil for none.
    public var legend: LegendPlacement?

    /// A top x axis whose marks come from a `MarksBuilder` block.
    public init(
        xLabel: Label? = nil, xScale: Scale = .linear, xLimits: ClosedRange<Double>? = nil,
        xTicks: [Double]? = nil, legend: LegendPlacement? = nil, @MarksBuilder marks: () -> [any Mark]
    ) {
        self.init(marks: marks(), xLabel: xLabel, xScale: xScale, xLimits: xLimits, xTicks: xTicks, legend: legend)
    }

    /// A top x axis holding `marks`.
    public init(
        marks: [any Mark], xLabel: Label? = nil, xScale: Scale = .linear, xLimits: ClosedRange<Double>? = nil,
        xTicks: [Double]? = nil, legend: LegendPlacement? = nil
    ) {
        self.marks = marks
        self.xLabel = xLabel
        self.xScale = xScale
        self.xLimits = xLimits
        self.xTicks = xTicks
        self.legend = legend
    }
}

extension Axes {
    /// The top twin as an axes of its own drawn over this one: the y limits, scale and direction of `y`,
    /// no frame, no y ticks, its x axis on top, and this axes' title (placed above the top axis).
    func twinXAxes(sharing y: AxisMapping, inverted: Bool) -> Axes? {
        guard let twiny else { return nil }
        var twin = Axes(
            marks: twiny.marks, title: title, xLabel: twiny.xLabel, xScale: twiny.xScale, yScale: yScale,
            xLimits: twiny.xLimits, yLimits: Swift.min(y.lower, y.upper)...Swift.max(y.lower, y.upper),
            legend: twiny.legend, spines: [])
        twin.yAxisInverted = inverted
        twin.yTicks = []
        twin.showYTickLabels = false
        twin.showMinorLogTicks = showMinorLogTicks
        twin.xTicks = twiny.xTicks
        twin.xAxisSide = .top
        return twin
    }

    /// Throws a `PlotError` for the top twin's limits, ticks or marks.
    func validateTwinX() throws {
        guard let twiny else { return }
        var twin = Axes(marks: twiny.marks, xScale: twiny.xScale, xLimits: twiny.xLimits)
        twin.xTicks = twiny.xTicks
        do { try twin.validate() } catch let error as PlotError {
            throw PlotError("twiny: " + error.message)
        }
    }
}

/// Which side of the plot box an axes draws its x axis on.
enum XAxisSide: Hashable, Sendable {
    /// The bottom (the usual x axis).
    case bottom
    /// The top (a twin's).
    case top
}
