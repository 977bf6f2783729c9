/// Text with an arrow pointing from it to a data point: matplotlib's `annotate(text, xy, xytext,
/// arrowprops=dict(arrowstyle='->'))`. The arrow starts at the edge of the text's box and stops 2 pt short
/// of the point; the head is 0.4 em long and 0.4 em wide (matplotlib's head_length 0.4, head_width 0.2).
///
/// ```swift
/// ArrowAnnotation("tangent at x = 5", pointing: (5, 0.75), from: (8, 0.5))
/// ```
public struct ArrowAnnotation: Mark, UnclippedMark, Validatable {
    /// The arrow head.
    public enum Head: Hashable, Sendable {
        /// matplotlib's "->": two strokes.
        case open
        /// matplotlib's "-|>": a filled triangle.
        case filled
    }
    /// The text, in dlplot's label markup.
    public var text: Label
    /// The point the arrow points at (data coordinates).
    public var target: (x: Double, y: Double)
    /// The centre of the text (data coordinates).
    public var textPosition: (x: Double, y: Double)
    /// The arrow head.
    public var head: Head
    /// Colour of text and arrow; nil uses `theme.foreground`.
    public var color: Color?
    /// Text size in points; nil uses `theme.fontSize`.
    public var fontSize: Double?
    /// Arrow line width in points (matplotlib's patch line width, 1 pt).
    public var lineWidth: Double

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        _ text: Label, pointing target: (x: Double, y: Double), from textPosition: (x: Double, y: Double),
        head: Head = .open, color: Color? = nil, fontSize: Double? = nil, lineWidth: Double = 1
    ) {
        self.text = text
        self.target = target
        self.textPosition = textPosition
        self.head = head
        self.color = color
        self.fontSize = fontSize
        self.lineWidth = lineWidth
    }

    /// Throws a `PlotError` naming the first invalid input.
    public func validate() throws {
        guard target.x.isFinite, target.y.isFinite, textPosition.x.isFinite, textPosition.y.isFinite else {
            throw PlotError("ArrowAnnotation \"\(text)\": positions \(target), \(textPosition) must be finite")
        }
        guard lineWidth.isFinite, lineWidth >= 0 else {
            throw PlotError("ArrowAnnotation: line width \(lineWidth) is not a finite number ≥ 0")
        }
        if let fontSize, !(fontSize.isFinite && fontSize > 0) {
            throw PlotError("ArrowAnnotation: font size \(fontSize) is not a positive finite number")
        }
    }

    /// The data extent used for automatic limits (nil: does not affect them).
    public var dataBounds: DataBounds? { nil }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { false }
    /// The legend entry (a sample and the label), or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? { nil }

    /// Draws the mark into the axes' plot area.
    public func draw(in context: MarkContext) {
        let theme = context.theme, canvas = context.canvas
        let c = color ?? theme.foreground
        let size = fontSize ?? theme.fontSize
        let tip = context.transform(target.x, target.y), center = context.transform(textPosition.x, textPosition.y)
        guard tip.x.isFinite, tip.y.isFinite, center.x.isFinite, center.y.isFinite else { return }
        let label = PlacedText(
            text, at: center, font: Font(family: theme.fontFamily, size: size), color: c,
            horizontal: .center, vertical: .center)
        let box = text.isEmpty ? Rect(x: center.x, y: center.y, width: 0, height: 0) : label.bounds(on: canvas)
        let dx = tip.x - center.x, dy = tip.y - center.y
        let length = (dx * dx + dy * dy).squareRoot()
        if length > 0 {
            let ux = dx / length, uy = dy / length
            // Leave the text box (padded like matplotlib's shrinkA = 2 pt), stop 2 pt before the target.
            let exitX = ux == 0 ? Double.infinity : (box.width / 2 + 2) / abs(ux)
            let exitY = uy == 0 ? Double.infinity : (box.height / 2 + 2) / abs(uy)
            let start = text.isEmpty ? 2 : min(exitX, exitY)
            let end = length - 2
            if end > start {
                drawArrow(from: start, to: end, center: center, ux: ux, uy: uy, size: size, color: c, on: canvas)
            }
        }
        label.draw(on: canvas)
    }

    private func drawArrow(
        from start: Double, to end: Double, center: Point, ux: Double, uy: Double, size: Double,
        color: Color, on canvas: Canvas
    ) {
        let a = Point(center.x + ux * start, center.y + uy * start), b = Point(center.x + ux * end, center.y + uy * end)
        let headLength = 0.4 * size, halfWidth = 0.2 * size
        let back = Point(b.x - ux * headLength, b.y - uy * headLength)
        let left = Point(back.x - uy * halfWidth, back.y + ux * halfWidth)
        let right = Point(back.x + uy * halfWidth, back.y - ux * halfWidth)
        let style = StrokeStyle(color: color, width: lineWidth, cap: .butt, join: .miter)
        switch head {
        case .open:
            canvas.stroke(Path([.move(a), .line(b), .move(left), .line(b), .line(right)]), style: style)
        case .filled:
            canvas.stroke(Path([.move(a), .line(back)]), style: style)
            let triangle = Path.polygon([b, left, right])
            canvas.fill(triangle, color: color)
            canvas.stroke(triangle, style: style)
        }
    }
}
