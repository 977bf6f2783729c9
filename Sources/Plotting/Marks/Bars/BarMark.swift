/// Bars over string categories: matplotlib's `bar` (vertical) and `barh` (horizontal).
///
/// The categories become the ticks of the category axis, in the order given, at 0, 1, 2, … (the first at
/// the left, or at the bottom for horizontal bars, as matplotlib). Bars are 0.8 wide, edgeless, coloured from
/// the axes' patch cycle (C0, C1, … like matplotlib's bars), and the value axis starts exactly at the
/// baseline. Several series side by side or stacked: `BarMark.grouped` and `BarMark.stacked`, one mark (and
/// one legend entry) per series. A NaN value leaves its bar out.
///
/// At most `maximumCategories` categories (a chart of 10,000 bars has no readable labels): more is a
/// `validate()` error. Every categorical mark on one axis must list the same categories.
///
/// ```swift
/// BarMark(categories: ["cat", "dog", "bird"], values: [3, 5, 2], label: "pets")
/// Axes { BarMark.grouped(categories: years, series: [BarSeries("north", n), BarSeries("south", s)]) }
/// ```
public struct BarMark: Mark, Validatable, PositiveBoundsProviding, UsesPatchColorCycle, StickyEdgesProviding,
    CategoricalMark, DataMark, LegendObstacle
{
    /// The most categories a bar mark may have.
    public static let maximumCategories = 1_000

    /// The category names, one per bar, in axis order.
    public var categories: [String]
    /// The bar lengths in data units (NaN: no bar).
    public var values: [Double]
    /// Where each bar starts (matplotlib's `bottom`/`left`); nil starts every bar at 0.
    public var baselines: [Double]?
    /// Vertical bars (categories along x) or horizontal bars (categories along y).
    public var orientation: BarOrientation
    /// The bar width in category units (matplotlib's 0.8).
    public var width: Double
    /// How far each bar's centre sits from its category's position, in category units (for groups).
    public var offset: Double
    /// The fill colour; nil takes the next colour of the axes' patch cycle.
    public var color: Color?
    /// The legend label; nil or empty leaves the mark out of the legend.
    public var label: Label?

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        categories: [String], values: [Double], orientation: BarOrientation = .vertical, width: Double = 0.8,
        offset: Double = 0, baselines: [Double]? = nil, color: Color? = nil, label: Label? = nil
    ) {
        self.categories = categories
        self.values = values
        self.baselines = baselines
        self.orientation = orientation
        self.width = width
        self.offset = offset
        self.color = color
        self.label = label
    }

    /// Bars whose values are any sequence of numbers (converted to `Double`).
    public init<V: Sequence>(
        categories: [String], values: V, orientation: BarOrientation = .vertical, width: Double = 0.8,
        offset: Double = 0, baselines: [Double]? = nil, color: Color? = nil, label: Label? = nil
    ) where V.Element: PlottableNumber {
        let doubles: [Double] = values.plottedValues
        self.init(
            categories: categories, values: doubles, orientation: orientation, width: width, offset: offset,
            baselines: baselines, color: color, label: label)
    }

    /// Throws a `PlotError` naming the first invalid input.
    public func validate() throws {
        try CategoryValidation.check("BarMark", categories: categories)
        guard values.count == categories.count else {
            throw PlotError(
                "BarMark: \(values.count) values for \(categories.count) categories; give one value per category")
        }
        if let baselines, baselines.count != categories.count {
            throw PlotError(
                "BarMark: \(baselines.count) baselines for \(categories.count) categories; give one per category")
        }
        if let bad = (values + (baselines ?? [])).first(where: { $0.isInfinite }) {
            throw PlotError("BarMark: value \(bad) is infinite; bar values must be finite (NaN leaves a bar out)")
        }
        guard width.isFinite, width > 0, offset.isFinite else {
            throw PlotError("BarMark: width \(width) and offset \(offset) must be finite, with width > 0")
        }
    }

    /// The bars as boxes in data units (category positions 0, 1, 2, …).
    var boxes: [BarRectangles.Box] {
        categories.indices.compactMap { i in
            guard i < values.count else { return nil }
            let base = baselines.flatMap { i < $0.count ? $0[i] : nil } ?? 0
            let low = Double(i) + offset - width / 2, high = low + width
            guard values[i].isFinite, base.isFinite else { return nil }
            return orientation == .vertical
                ? BarRectangles.Box(x0: low, y0: base, x1: high, y1: base + values[i])
                : BarRectangles.Box(x0: base, y0: low, x1: base + values[i], y1: high)
        }
    }

    /// The bars' extent.
    public var dataBounds: DataBounds? { BarRectangles.bounds(boxes) }
    /// The extent counting only positive values along log axes (a bar from 0 then starts below the plot).
    public func dataBounds(positiveX: Bool, positiveY: Bool) -> DataBounds? {
        BarRectangles.bounds(boxes, positiveX: positiveX, positiveY: positiveY)
    }
    /// The baselines along the value axis: the automatic limits stop there (matplotlib's sticky edges).
    public var stickyX: [Double] { orientation == .horizontal ? stickyBaselines : [] }
    /// The baselines along the value axis: the automatic limits stop there (matplotlib's sticky edges).
    public var stickyY: [Double] { orientation == .vertical ? stickyBaselines : [] }
    private var stickyBaselines: [Double] { baselines ?? [0] }
    /// The category names and the axis they label.
    public var categoryAxis: CategoryAxis {
        CategoryAxis(names: categories, alongX: orientation == .vertical)
    }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { color == nil }
    /// Whether any bar can be drawn.
    public var hasDrawableData: Bool { !boxes.isEmpty }

    /// Draws the bars into the axes' plot area.
    public func draw(in context: MarkContext) {
        BarRectangles.fill(boxes, color: color ?? context.cycleColor, in: context)
    }

    /// The bars' far edges, for the legend's `.best` placement.
    public func obstaclePolylines(in context: MarkContext) -> [[Point]] { BarRectangles.obstacles(boxes, in: context) }

    /// The legend entry (a patch and the label), or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        BarRectangles.legendEntry(label: label, color: color ?? cycleColor)
    }
}

/// Which way bars point.
public enum BarOrientation: Hashable, Sendable {
    /// Upright bars over categories along x (matplotlib's `bar`).
    case vertical
    /// Bars extending right over categories along y (matplotlib's `barh`).
    case horizontal
}
