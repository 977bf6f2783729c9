import Foundation

/// A label placed on the canvas: what `Canvas.drawText` receives, kept as a value so layout can measure
/// it before drawing.
public struct PlacedText: Hashable, Sendable {
    /// The text: literal, or dlplot's label markup.
    public var text: Label
    /// The anchor point on the canvas.
    public var position: Point
    /// The font.
    public var font: Font
    /// The text colour.
    public var color: Color
    /// Where the anchor sits horizontally relative to the text.
    public var horizontal: HorizontalAnchor
    /// Where the anchor sits vertically relative to the text.
    public var vertical: VerticalAnchor
    /// Degrees counter-clockwise about `position`.
    public var rotation: Double

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        _ text: Label, at position: Point, font: Font, color: Color = .black,
        horizontal: HorizontalAnchor = .left, vertical: VerticalAnchor = .baseline, rotation: Double = 0
    ) {
        self.text = text
        self.position = position
        self.font = font
        self.color = color
        self.horizontal = horizontal
        self.vertical = vertical
        self.rotation = rotation
    }

    /// `text` drawn literally (every character as typed).
    public init(
        _ text: String, at position: Point, font: Font, color: Color = .black,
        horizontal: HorizontalAnchor = .left, vertical: VerticalAnchor = .baseline, rotation: Double = 0
    ) {
        self.init(
            Label(text), at: position, font: font, color: color, horizontal: horizontal, vertical: vertical,
            rotation: rotation)
    }

    /// Draws the label.
    public func draw(on canvas: Canvas) {
        canvas.drawText(
            text, at: position, font: font, color: color, horizontal: horizontal, vertical: vertical,
            rotation: rotation)
    }

    /// The axis-aligned bounding box of the label as `canvas` measures it.
    public func bounds(on canvas: Canvas) -> Rect {
        canvas.measureText(text, font: font).bounds(
            at: position, horizontal: horizontal, vertical: vertical,
            rotation: rotation)
    }
}

extension TextExtent {
    /// The axis-aligned bounding box of text of this extent drawn at `point` with the given anchors,
    /// rotated `rotation` degrees counter-clockwise about the anchor.
    public func bounds(
        at point: Point, horizontal: HorizontalAnchor, vertical: VerticalAnchor,
        rotation: Double
    ) -> Rect {
        let x0: Double =
            switch horizontal {
            case .left: 0
            case .center: -width / 2
            case .right: -width
            }
        let y0: Double =
            switch vertical {
            case .top: 0
            case .center: -height / 2
            case .baseline: -baseline
            case .bottom: -height
            }
        let theta = rotation * Double.pi / 180
        let c = cos(theta), s = sin(theta)
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for (dx, dy) in [(x0, y0), (x0 + width, y0), (x0, y0 + height), (x0 + width, y0 + height)] {
            // Counter-clockwise on screen is clockwise in y-down coordinates.
            let rx = dx * c + dy * s, ry = -dx * s + dy * c
            minX = min(minX, rx)
            maxX = max(maxX, rx)
            minY = min(minY, ry)
            maxY = max(maxY, ry)
        }
        return Rect(x: point.x + minX, y: point.y + minY, width: maxX - minX, height: maxY - minY)
    }
}
