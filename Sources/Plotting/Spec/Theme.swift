/// The defaults of every figure in one place: matplotlib's look unless changed.
/// Sizes are in points (1/72 inch).
public struct Theme: Sendable, Hashable {
    /// The colour cycle (matplotlib's tab10).
    public var colorCycle: [Color] = [0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                      0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf].map { Color(hex: $0) }
    /// Font family list; Hangul falls back to NanumGothic.
    public var fontFamily = "DejaVu Sans, NanumGothic"
    public var fontSize = 10.0
    public var titleFontSize = 12.0
    public var lineWidth = 1.5
    public var markerSize = 6.0
    public var axesLineWidth = 0.8
    public var tickLength = 3.5
    public var tickWidth = 0.8
    public var tickLabelPad = 3.5
    public var axisLabelPad = 4.0
    public var titlePad = 6.0
    public var gridColor = Color(hex: 0xb0b0b0)
    public var gridWidth = 0.8
    public var foreground = Color.black
    public var background = Color.white
    public var legendEdge = Color(hex: 0xcccccc)
    /// Dash pattern (in line widths) for dashed, dotted and dash-dot lines (matplotlib's scaled dashes).
    public var dashedPattern = [3.7, 1.6]
    public var dottedPattern = [1.0, 1.65]
    public var dashDotPattern = [6.4, 1.6, 1.0, 1.6]
    /// Fraction of the data range added on each side when limits are automatic.
    public var margin = 0.05
    /// Height above the baseline, in em, where matplotlib's text box starts (the top of "l": 0.76 em in
    /// DejaVu Sans). Labels anchored by their top (x tick labels, x axis label) are raised so their ink
    /// starts there, as in matplotlib, rather than at the top of the font's line box.
    public var textTopAscent = 0.76
    public init() {}
    /// matplotlib's default look.
    public static let matplotlib = Theme()
}
