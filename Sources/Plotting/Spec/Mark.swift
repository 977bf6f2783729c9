/// A rectangle in data coordinates (the extent of what a mark draws), used for automatic limits.
public struct DataBounds: Hashable, Sendable {
    /// The smallest x.
    public var xMin: Double
    /// The largest x.
    public var xMax: Double
    /// The smallest y.
    public var yMin: Double
    /// The largest y.
    public var yMax: Double
    /// Bounds from their four edges.
    public init(xMin: Double, xMax: Double, yMin: Double, yMax: Double) {
        self.xMin = xMin
        self.xMax = xMax
        self.yMin = yMin
        self.yMax = yMax
    }
    /// The smallest bounds holding both.
    public func union(_ other: DataBounds) -> DataBounds {
        DataBounds(
            xMin: min(xMin, other.xMin), xMax: max(xMax, other.xMax),
            yMin: min(yMin, other.yMin), yMax: max(yMax, other.yMax))
    }
    /// Bounds of the finite points among `xs`/`ys` (pairs with a non-finite coordinate are skipped); nil if none.
    public static func of(xs: [Double], ys: [Double]) -> DataBounds? {
        var b: DataBounds?
        for (x, y) in zip(xs, ys) where x.isFinite && y.isFinite {
            let p = DataBounds(xMin: x, xMax: x, yMin: y, yMax: y)
            b = b.map { $0.union(p) } ?? p
        }
        return b
    }
}

/// What a mark contributes to a legend: its label and a small sample of its look.
public struct LegendEntry: Sendable {
    /// The text beside the sample.
    public var label: Label
    /// Draws the sample (a line segment, a marker, a patch) centred in `rect` on the canvas.
    public var drawSample: @Sendable (_ canvas: Canvas, _ rect: Rect) -> Void
    /// An entry showing `label` beside what `drawSample` draws.
    public init(label: Label, drawSample: @escaping @Sendable (_ canvas: Canvas, _ rect: Rect) -> Void) {
        self.label = label
        self.drawSample = drawSample
    }
    /// An entry showing `label` literally (every character as typed).
    public init(label: String, drawSample: @escaping @Sendable (_ canvas: Canvas, _ rect: Rect) -> Void) {
        self.init(label: Label(label), drawSample: drawSample)
    }
}

/// Everything a mark needs to draw itself into a 2-D axes' plot area.
public struct MarkContext {
    /// The canvas to draw on (already clipped to the plot area by the axes).
    public let canvas: Canvas
    /// The plot area on the canvas, in points.
    public let plotArea: Rect
    /// Maps a data coordinate to a canvas point (scales — linear or log — and limits applied).
    /// Returns a non-finite point for a value the scale cannot show (NaN, or ≤ 0 on a log axis).
    public let transform: @Sendable (_ x: Double, _ y: Double) -> Point
    /// Data units per point along x and y at the plot area (linear scales), for marks sized in data units.
    public let dataPerPoint: (x: Double, y: Double)
    /// The theme in force (defaults: fonts, widths, colours).
    public let theme: Theme
    /// The colour the axes assigns to this mark from its colour cycle, for marks that have none of their own.
    public let cycleColor: Color
    /// Device pixels per point of the output (dpi / 72 for PNG), for sub-pixel path simplification.
    public var pixelsPerPoint: Double = 1
    /// A context for drawing into `plotArea` on `canvas` (`pixelsPerPoint` is 1 unless set afterwards).
    public init(
        canvas: Canvas, plotArea: Rect, transform: @escaping @Sendable (_ x: Double, _ y: Double) -> Point,
        dataPerPoint: (x: Double, y: Double), theme: Theme, cycleColor: Color
    ) {
        self.canvas = canvas
        self.plotArea = plotArea
        self.transform = transform
        self.dataPerPoint = dataPerPoint
        self.theme = theme
        self.cycleColor = cycleColor
    }
}

/// Something drawn inside a 2-D axes: a line, markers, arrows, contour lines, text, …
///
/// Marks are values (no drawing state). The axes asks each for its data bounds to choose limits, then
/// asks it to draw with a `MarkContext`.
public protocol Mark: Sendable {
    /// The data extent the mark wants visible, or nil (reference lines, text) to not affect limits.
    var dataBounds: DataBounds? { get }
    /// Whether this mark takes the next colour of the axes' colour cycle.
    var usesColorCycle: Bool { get }
    /// Draws the mark.
    func draw(in context: MarkContext)
    /// The legend entry, if the mark has a label; `cycleColor` is the colour assigned from the cycle.
    func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry?
}
