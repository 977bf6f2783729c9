/// How line ends are drawn.
public enum LineCap: Hashable, Sendable { case butt, round, square }
/// How line corners are drawn.
public enum LineJoin: Hashable, Sendable { case miter, round, bevel }

/// How a path is stroked. Widths and dash lengths are in points.
public struct StrokeStyle: Hashable, Sendable {
    public var color: Color
    public var width: Double
    /// Alternating on/off lengths in points (already scaled by the line width); empty for solid.
    public var dash: [Double]
    public var dashOffset: Double
    public var cap: LineCap
    public var join: LineJoin
    public init(color: Color, width: Double, dash: [Double] = [], dashOffset: Double = 0,
                cap: LineCap = .butt, join: LineJoin = .round) {
        self.color = color; self.width = width; self.dash = dash; self.dashOffset = dashOffset
        self.cap = cap; self.join = join
    }
}

/// The font of a piece of text.
public struct Font: Hashable, Sendable {
    /// A font family name, or a comma-separated fallback list ("DejaVu Sans, NanumGothic").
    public var family: String
    /// Size in points.
    public var size: Double
    public var bold: Bool
    public init(family: String = "DejaVu Sans", size: Double = 10, bold: Bool = false) {
        self.family = family; self.size = size; self.bold = bold
    }
}

/// Where the anchor point sits horizontally relative to the text.
public enum HorizontalAnchor: Hashable, Sendable { case left, center, right }
/// Where the anchor point sits vertically relative to the text.
public enum VerticalAnchor: Hashable, Sendable { case top, center, baseline, bottom }

/// The size of a laid-out piece of text, in points.
public struct TextExtent: Hashable, Sendable {
    public var width: Double
    /// Total height of the logical box (ascent + descent, including sub/superscripts).
    public var height: Double
    /// Distance from the top of the box to the first line's baseline.
    public var baseline: Double
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width; self.height = height; self.baseline = baseline
    }
}

/// The drawing protocol: everything the plotting layer needs from a backend.
///
/// Coordinates are points (1/72 inch) with the origin at the top-left. Text is given in dlplot's small
/// TeX-like label syntax (`x_0`, `e^{-x}`, `\alpha`); see `LabelMarkup`. A backend must measure text
/// with the same metrics it draws with, so that layout is identical in PNG, SVG and PDF.
public protocol Canvas: AnyObject {
    /// The canvas size in points.
    var size: (width: Double, height: Double) { get }
    /// Strokes a path.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Fills a path (non-zero winding).
    func fill(_ path: Path, color: Color)
    /// Draws a label at `point`, anchored as given, rotated by `rotation` degrees counter-clockwise about the anchor.
    func drawText(_ text: String, at point: Point, font: Font, color: Color,
                  horizontal: HorizontalAnchor, vertical: VerticalAnchor, rotation: Double)
    /// Measures a label as `drawText` would lay it out (unrotated).
    func measureText(_ text: String, font: Font) -> TextExtent
    /// Restricts drawing to a rectangle until the matching `popClip`.
    func pushClip(_ rect: Rect)
    /// Removes the innermost clip.
    func popClip()
    /// Device pixels per point (dpi / 72 for a raster surface). Marks use it to simplify paths below a
    /// sub-pixel tolerance. Defaults to 600 / 72 (fine enough for zoomed vector output) — see `Canvas+Defaults.swift`.
    var pixelsPerPoint: Double { get }
}
