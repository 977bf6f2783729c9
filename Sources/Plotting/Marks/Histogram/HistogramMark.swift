/// A histogram drawn as touching bars: matplotlib's `hist` (bins like numpy, C0 from the patch cycle, no
/// edges, the count axis starting at 0). Vertical bars by default; `orientation: .horizontal` for bars along x.
///
/// NaN values are left out (see `Histogram`); no values, only NaN, or an infinite value is a `validate()` error.
///
/// ```swift
/// HistogramMark(values: samples, bins: .auto, label: "weights")
/// HistogramMark(values: samples, bins: .count(30), density: true)
/// ```
public struct HistogramMark: Mark, Validatable, PositiveBoundsProviding, UsesPatchColorCycle, StickyEdgesProviding,
    DataMark, LegendObstacle
{
    /// The values to bin (NaN is left out).
    public var values: [Double] { didSet { rebin() } }
    /// How the bins are chosen (matplotlib's default: 10 equal bins).
    public var bins: HistogramBins { didSet { rebin() } }
    /// Whether bar heights are densities (the bars' area sums to 1) rather than counts.
    public var density: Bool { didSet { rebin() } }
    /// Upright bars (values along x) or bars extending right (values along y).
    public var orientation: BarOrientation
    /// The fill colour; nil takes the next colour of the axes' patch cycle.
    public var color: Color?
    /// The legend label; nil or empty leaves the mark out of the legend.
    public var label: Label?

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        values: [Double], bins: HistogramBins = .count(10), density: Bool = false,
        orientation: BarOrientation = .vertical, color: Color? = nil, label: Label? = nil
    ) {
        self.values = values
        self.bins = bins
        self.density = density
        self.orientation = orientation
        self.color = color
        self.label = label
        rebin()
    }

    /// A histogram of any sequence of numbers (converted to `Double`).
    public init<V: Sequence>(
        values: V, bins: HistogramBins = .count(10), density: Bool = false,
        orientation: BarOrientation = .vertical, color: Color? = nil, label: Label? = nil
    ) where V.Element: PlottableNumber {
        let doubles: [Double] = values.plottedValues
        self.init(
            values: doubles, bins: bins, density: density, orientation: orientation, color: color, label: label)
    }

    /// The binned data (computed once when the values, bins or density are set), or why they cannot be binned.
    private var binned: Result<Histogram, PlotError> = .failure(PlotError("Histogram: not binned"))

    private mutating func rebin() {
        do {
            binned = .success(try Histogram(values: values, bins: bins, density: density))
        } catch let error as PlotError {
            binned = .failure(PlotError("HistogramMark: " + error.message.replacingPrefix("Histogram: ")))
        } catch {
            binned = .failure(PlotError("HistogramMark: \(error)"))
        }
    }

    /// The binned data, or nil when `validate()` fails.
    public var histogram: Histogram? { try? binned.get() }

    /// Throws a `PlotError` naming the first invalid input (see `Histogram.init`).
    public func validate() throws { _ = try binned.get() }

    /// One box per bin, from 0 to its height.
    var boxes: [BarRectangles.Box] {
        guard let h = histogram else { return [] }
        return h.heights.indices.map { i in
            orientation == .vertical
                ? BarRectangles.Box(x0: h.edges[i], y0: 0, x1: h.edges[i + 1], y1: h.heights[i])
                : BarRectangles.Box(x0: 0, y0: h.edges[i], x1: h.heights[i], y1: h.edges[i + 1])
        }
    }

    /// The bins' extent, from 0 to the tallest.
    public var dataBounds: DataBounds? { BarRectangles.bounds(boxes) }
    /// The extent counting only positive values along log axes (a bar from 0 then starts below the plot).
    public func dataBounds(positiveX: Bool, positiveY: Bool) -> DataBounds? {
        BarRectangles.bounds(boxes, positiveX: positiveX, positiveY: positiveY)
    }
    /// 0 on the count axis (matplotlib's sticky edge): the bars stand on the frame.
    public var stickyX: [Double] { orientation == .horizontal ? [0] : [] }
    /// 0 on the count axis (matplotlib's sticky edge): the bars stand on the frame.
    public var stickyY: [Double] { orientation == .vertical ? [0] : [] }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { color == nil }
    /// Whether there is something to bin.
    public var hasDrawableData: Bool { histogram != nil }

    /// Draws the bins as touching bars.
    public func draw(in context: MarkContext) {
        BarRectangles.fill(boxes, color: color ?? context.cycleColor, in: context)
    }

    /// The tops of the bars, for the legend's `.best` placement.
    public func obstaclePolylines(in context: MarkContext) -> [[Point]] { BarRectangles.obstacles(boxes, in: context) }

    /// The legend entry (a patch and the label), or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        BarRectangles.legendEntry(label: label, color: color ?? cycleColor)
    }
}

extension String {
    /// The string without `prefix` at its start (unchanged if it does not start with it).
    fileprivate func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
