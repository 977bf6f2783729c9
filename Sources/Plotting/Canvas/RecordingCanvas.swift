/// A `Canvas` that records every call instead of drawing, with deterministic fake text metrics
/// (each character 0.6 em wide, 1.2 em tall, baseline at 0.95 em). Use it to test layout without pixels,
/// or to inspect what a figure draws.
///
/// ```swift
/// let canvas = RecordingCanvas(width: 460.8, height: 345.6)
/// try figure.draw(on: canvas)
/// let labels = canvas.texts.map(\.text.plainText)
/// ```
public final class RecordingCanvas: Canvas {
    /// One recorded call.
    public enum Command: Hashable, Sendable {
        /// `stroke(_:style:)`.
        case stroke(Path, StrokeStyle)
        /// `fill(_:color:)`.
        case fill(Path, Color)
        /// `drawText(...)`, with everything it was given.
        case text(PlacedText)
        /// `pushClip(_:)`.
        case pushClip(Rect)
        /// `popClip()`.
        case popClip
        /// `drawImage(_:in:interpolation:)`.
        case image(ImagePixels, Rect, ImageInterpolation)
    }

    /// The canvas size in points.
    public let size: (width: Double, height: Double)
    /// Device pixels per point this canvas pretends to have.
    public let pixelsPerPoint: Double
    /// Every call, in order.
    public private(set) var commands: [Command] = []
    /// The clip rectangles in force (innermost last).
    public private(set) var clipStack: [Rect] = []

    /// A recording canvas of the given size in points; `pixelsPerPoint` as a raster at that resolution.
    public init(width: Double, height: Double, pixelsPerPoint: Double = 100.0 / 72.0) {
        size = (width, height)
        self.pixelsPerPoint = pixelsPerPoint
    }

    /// A recording canvas sized for `figure`, at its resolution.
    public convenience init(for figure: Figure) {
        self.init(
            width: figure.sizeInPoints.width, height: figure.sizeInPoints.height,
            pixelsPerPoint: figure.pixelsPerPoint)
    }

    /// Records a stroke.
    public func stroke(_ path: Path, style: StrokeStyle) { commands.append(.stroke(path, style)) }
    /// Records a fill.
    public func fill(_ path: Path, color: Color) { commands.append(.fill(path, color)) }
    /// Records a label.
    public func drawText(
        _ text: Label, at point: Point, font: Font, color: Color, horizontal: HorizontalAnchor,
        vertical: VerticalAnchor, rotation: Double
    ) {
        commands.append(
            .text(
                PlacedText(
                    text, at: point, font: font, color: color, horizontal: horizontal,
                    vertical: vertical, rotation: rotation)))
    }
    /// Fake metrics: 0.6 em per character of the label's source, 1.2 em tall, baseline 0.95 em below the top.
    public func measureText(_ text: Label, font: Font) -> TextExtent {
        TextExtent(
            width: 0.6 * font.size * Double(text.source.count), height: 1.2 * font.size, baseline: 0.95 * font.size)
    }
    /// Records a clip.
    public func pushClip(_ rect: Rect) {
        clipStack.append(rect)
        commands.append(.pushClip(rect))
    }
    /// Records the end of a clip.
    public func popClip() {
        if !clipStack.isEmpty { clipStack.removeLast() }
        commands.append(.popClip)
    }

    /// Records an image.
    public func drawImage(_ image: ImagePixels, in rect: Rect, interpolation: ImageInterpolation) {
        commands.append(.image(image, rect, interpolation))
    }

    /// The stroked paths with their styles.
    public var strokes: [(path: Path, style: StrokeStyle)] {
        commands.compactMap { if case let .stroke(p, s) = $0 { (p, s) } else { nil } }
    }
    /// The filled paths with their colours.
    public var fills: [(path: Path, color: Color)] {
        commands.compactMap { if case let .fill(p, c) = $0 { (p, c) } else { nil } }
    }
    /// The drawn images with their rectangles and resampling.
    public var images: [(image: ImagePixels, rect: Rect, interpolation: ImageInterpolation)] {
        commands.compactMap { if case let .image(i, r, m) = $0 { (i, r, m) } else { nil } }
    }
    /// The drawn labels.
    public var texts: [PlacedText] { commands.compactMap { if case let .text(t) = $0 { t } else { nil } } }
    /// The bounding box of a drawn label under this canvas's metrics.
    public func bounds(of text: PlacedText) -> Rect { text.bounds(on: self) }
}
