/// How line ends are drawn.
public enum LineCap: Hashable, Sendable {
    /// The line stops exactly at its end point.
    case butt
    /// A half-disc of the line's width is added at each end.
    case round
    /// A half-square of the line's width is added at each end.
    case square
}
/// How line corners are drawn.
public enum LineJoin: Hashable, Sendable {
    /// Outer edges extended to a sharp point.
    case miter
    /// A circular arc around the corner.
    case round
    /// The corner cut off straight.
    case bevel
}

/// How a path is stroked. Widths and dash lengths are in points.
public struct StrokeStyle: Hashable, Sendable {
    /// The line's colour.
    public var color: Color
    /// The line width in points.
    public var width: Double
    /// Alternating on/off lengths in points (already scaled by the line width); empty for solid.
    public var dash: [Double]
    /// How far into the dash pattern the line starts, in points.
    public var dashOffset: Double
    /// How open ends are drawn.
    public var cap: LineCap
    /// How corners are drawn.
    public var join: LineJoin
    /// A stroke of `color` and `width` points; solid unless `dash` is given, butt ends, round corners.
    public init(
        color: Color, width: Double, dash: [Double] = [], dashOffset: Double = 0,
        cap: LineCap = .butt, join: LineJoin = .round
    ) {
        self.color = color
        self.width = width
        self.dash = dash
        self.dashOffset = dashOffset
        self.cap = cap
        self.join = join
    }
}

/// The font of a piece of text.
public struct Font: Hashable, Sendable {
    /// A font family name, or a comma-separated fallback list ("DejaVu Sans, NanumGothic"); see `Theme.fontFamily`.
    public var family: String
    /// Size in points.
    public var size: Double
    /// Whether the bold face is used.
    public var bold: Bool
    /// A font of `family` at `size` points (DejaVu Sans 10 pt, matplotlib's default, unless given).
    public init(family: String = "DejaVu Sans", size: Double = 10, bold: Bool = false) {
        self.family = family
        self.size = size
        self.bold = bold
    }
}

/// Where the anchor point sits horizontally relative to the text.
public enum HorizontalAnchor: Hashable, Sendable {
    /// The anchor is at the text's left edge.
    case left
    /// The anchor is at the text's horizontal centre.
    case center
    /// The anchor is at the text's right edge.
    case right
}
/// Where the anchor point sits vertically relative to the text.
public enum VerticalAnchor: Hashable, Sendable {
    /// The anchor is at the top of the text's logical box.
    case top
    /// The anchor is at the middle of the logical box.
    case center
    /// The anchor is on the first line's baseline.
    case baseline
    /// The anchor is at the bottom of the logical box.
    case bottom
}

/// The size of a laid-out piece of text, in points.
public struct TextExtent: Hashable, Sendable {
    /// Width of the logical box, in points.
    public var width: Double
    /// Total height of the logical box (ascent + descent, including sub/superscripts).
    public var height: Double
    /// Distance from the top of the box to the first line's baseline.
    public var baseline: Double
    /// An extent of the given width, height and baseline, in points.
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}

/// The drawing protocol: everything the plotting layer needs from a backend.
///
/// Coordinates are points (1/72 inch) with the origin at the top-left. Text is a `Label`: literal, or dlplot's
/// small TeX-like markup (`x_0`, `e^{-x}`, `\alpha`) when its kind says so; see `LabelMarkup`. A backend must
/// measure text with the same metrics it draws with, so that layout is identical in PNG, SVG and PDF.
public protocol Canvas: AnyObject {
    /// The canvas size in points.
    var size: (width: Double, height: Double) { get }
    /// Strokes a path.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Fills a path (non-zero winding).
    func fill(_ path: Path, color: Color)
    /// Draws a label at `point`, anchored as given, rotated by `rotation` degrees counter-clockwise about the anchor.
    func drawText(
        _ text: Label, at point: Point, font: Font, color: Color,
        horizontal: HorizontalAnchor, vertical: VerticalAnchor, rotation: Double)
    /// Measures a label as `drawText` would lay it out (unrotated).
    func measureText(_ text: Label, font: Font) -> TextExtent
    /// Restricts drawing to a rectangle until the matching `popClip`.
    func pushClip(_ rect: Rect)
    /// Removes the innermost clip.
    func popClip()
    /// Draws `image` stretched over `rect` as one picture (never as adjacent rectangles, so no seams show
    /// between its pixels), its first row at the top of `rect`, resampled as `interpolation` says. Pixels
    /// with alpha 0 leave the canvas as it was. A canvas that does not implement it gets the fallback in
    /// `Canvas+Defaults.swift` (one rectangle per pixel).
    func drawImage(_ image: ImagePixels, in rect: Rect, interpolation: ImageInterpolation)
    /// Device pixels per point (dpi / 72 for a raster surface). Marks use it to simplify paths below a
    /// sub-pixel tolerance. Defaults to 600 / 72 (fine enough for zoomed vector output) — see `Canvas+Defaults.swift`.
    var pixelsPerPoint: Double { get }
}
