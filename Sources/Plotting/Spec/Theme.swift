/// The defaults of every figure in one place: matplotlib's look unless changed.
/// Sizes are in points (1/72 inch).
public struct Theme: Sendable, Hashable {
    /// The colour cycle (matplotlib's tab10).
    public var colorCycle: [Color] = [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
        0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
    ].map { Color(hex: $0) }
    /// Font family list, first installed family first ("DejaVu Serif", "Noto Sans, NanumGothic", "serif").
    ///
    /// The default, DejaVu Sans with Hangul from NanumGothic, draws with pinned font files only, so its output
    /// never depends on what else is installed. Any other family is found through the system's fontconfig, and
    /// characters it lacks come from fontconfig's fallback among the installed fonts. Rendering (PlottingCairo)
    /// throws when none of the families is installed, or when a label has characters no available font has
    /// (with the default: none of the pinned fonts), naming them, rather than drawing boxes.
    public var fontFamily = "DejaVu Sans, NanumGothic"
    /// Size of tick labels, axis labels, legend and text marks, in points.
    public var fontSize = 10.0
    /// Size of axes titles, in points.
    public var titleFontSize = 12.0
    /// Width of lines that do not set their own, in points.
    public var lineWidth = 1.5
    /// Size of markers that do not set their own, in points.
    public var markerSize = 6.0
    /// Width of the spines, in points.
    public var axesLineWidth = 0.8
    /// Length of major ticks (drawn outward), in points.
    public var tickLength = 3.5
    /// Width of tick lines, in points.
    public var tickWidth = 0.8
    /// Gap between a tick and its label, in points.
    public var tickLabelPad = 3.5
    /// Gap between the tick labels and the axis label, in points.
    public var axisLabelPad = 4.0
    /// Gap between the plot box and the axes title, in points.
    public var titlePad = 6.0
    /// Colour of grid lines.
    public var gridColor = Color(hex: 0xb0b0b0)
    /// Width of grid lines, in points.
    public var gridWidth = 0.8
    /// Colour of text, spines and ticks.
    public var foreground = Color.black
    /// Colour of the figure, the plot areas and the legend face.
    public var background = Color.white
    /// Colour of the legend's frame.
    public var legendEdge = Color(hex: 0xcccccc)
    /// Dash pattern (in line widths) for dashed, dotted and dash-dot lines (matplotlib's scaled dashes).
    public var dashedPattern = [3.7, 1.6]
    /// Dash pattern (in line widths) for dotted lines.
    public var dottedPattern = [1.0, 1.65]
    /// Dash pattern (in line widths) for dash-dot lines.
    public var dashDotPattern = [6.4, 1.6, 1.0, 1.6]
    /// Fraction of the data range added on each side when limits are automatic.
    public var margin = 0.05
    /// Height above the baseline, in em, where matplotlib's text box starts (the top of "l": 0.76 em in
    /// DejaVu Sans). Labels anchored by their top (x tick labels, x axis label) are raised so their ink
    /// starts there, as in matplotlib, rather than at the top of the font's line box.
    public var textTopAscent = 0.76
    /// matplotlib's defaults; change the properties to restyle.
    public init() {}
    /// matplotlib's default look.
    public static let matplotlib = Theme()
}
