/// A 2-D plot: marks drawn in data coordinates inside a plot box, with ticks, labels, title, grid and legend.
///
/// A value: build it, then place it in a `Figure`. Defaults follow matplotlib (automatic limits with 5 %
/// margins, full frame, no grid, no legend).
///
/// ```swift
/// var axes = Axes(title: "Loss", xLabel: "iteration", yLabel: "loss")
/// axes.marks = [LineMark(x: xs, y: ys, label: "train")]
/// axes.legend = .upperRight
/// ```
public struct Axes: PlotBoxPanel, Validatable {
    /// The marks, drawn in order (later on top).
    public var marks: [any Mark]
    /// The title above the plot box (12 pt).
    public var title: Label?
    /// The x axis label, below the tick labels.
    public var xLabel: Label?
    /// The y axis label, rotated, left of the tick labels.
    public var yLabel: Label?
    /// The x scale (linear or log).
    public var xScale: Scale = .linear
    /// The y scale (linear or log).
    public var yScale: Scale = .linear
    /// Explicit x limits; nil chooses them from the data (bounds plus `theme.margin` on each side).
    public var xLimits: ClosedRange<Double>?
    /// Explicit y limits; nil chooses them from the data.
    public var yLimits: ClosedRange<Double>?
    /// Whether x and y data units are kept equal.
    public var aspect: Aspect = .auto
    /// Grid lines at the major ticks (colour `theme.gridColor`, width `theme.gridWidth`).
    public var grid: GridLines = .none
    /// Where to draw the legend of the labelled marks; nil for no legend.
    public var legend: LegendPlacement?
    /// Which frame lines are drawn.
    public var spines: Spines = .all
    /// Whether the x tick labels are drawn (ticks are drawn regardless).
    public var showXTickLabels = true
    /// Whether the y tick labels are drawn.
    public var showYTickLabels = true
    /// Explicit major tick positions; nil chooses them automatically.
    public var xTicks: [Double]?
    /// Explicit y tick positions; nil chooses them automatically.
    public var yTicks: [Double]?
    /// Draws the minor ticks (2…9 × 10ⁿ) on logarithmic axes.
    public var showMinorLogTicks = true
    /// A second y axis on the right sharing this x axis (matplotlib's `twinx`); nil for none.
    public var twinx: TwinYAxes?
    /// A second x axis on top sharing this y axis (matplotlib's `twiny`); nil for none.
    public var twiny: TwinXAxes?
    /// Which side the x axis is drawn on (the top for a twin).
    var xAxisSide = XAxisSide.bottom
    /// Which side the y axis is drawn on (the right for a twin).
    var yAxisSide = YAxisSide.left
    /// A colour bar right of the plot box for the first colour-mapped mark (`ColormappedMark`); nil for none.
    public var colorbar: Colorbar?
    /// Whether x runs right to left; nil decides from the marks (an image whose extent asks for it).
    public var xAxisInverted: Bool?
    /// Whether y runs downward; nil decides from the marks (an `ImageMark` with `origin: .upper` and its
    /// default extent, as matplotlib's `imshow`).
    public var yAxisInverted: Bool?

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        marks: [any Mark] = [], title: Label? = nil, xLabel: Label? = nil, yLabel: Label? = nil,
        xScale: Scale = .linear, yScale: Scale = .linear,
        xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
        aspect: Aspect = .auto, grid: GridLines = .none, legend: LegendPlacement? = nil,
        spines: Spines = .all
    ) {
        self.marks = marks
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.aspect = aspect
        self.grid = grid
        self.legend = legend
        self.spines = spines
    }

    /// Checks the limits, ticks and every mark that adopts `Validatable`.
    public func validate() throws {
        for (name, limits, scale) in [("x", xLimits, xScale), ("y", yLimits, yScale)] {
            guard let limits else { continue }
            guard limits.lowerBound.isFinite, limits.upperBound.isFinite else {
                throw PlotError("Axes: \(name) limits \(limits) are not finite; give finite numbers")
            }
            if scale == .log && limits.lowerBound <= 0 {
                throw PlotError(
                    "Axes: \(name) limits \(limits) start at or below 0 on a log scale; give positive limits")
            }
        }
        for (name, ticks) in [("x", xTicks), ("y", yTicks)] {
            if let bad = ticks?.first(where: { !$0.isFinite }) {
                throw PlotError("Axes: \(name) tick \(bad) is not finite")
            }
        }
        for mark in marks { try (mark as? Validatable)?.validate() }
        try CategoryValidation.checkConsistent(marks)
        try colorbar?.validate()
        try validateTwin()
        try validateTwinX()
    }
}
