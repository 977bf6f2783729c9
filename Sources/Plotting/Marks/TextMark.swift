/// Text at a data position: matplotlib's `ax.text`. Not clipped to the plot area; does not affect limits.
///
/// ```swift
/// TextMark("minimum", x: 0, y: 0, horizontal: .center, vertical: .bottom)
/// ```
public struct TextMark: Mark, UnclippedMark, Validatable {
    /// The text, in dlplot's label markup.
    public var text: Label
    /// The anchor's x in data units.
    public var x: Double
    /// The anchor's y in data units.
    public var y: Double
    /// Size in points; nil uses `theme.fontSize`.
    public var fontSize: Double?
    /// The colour; nil uses `theme.foreground`.
    public var color: Color?
    /// Where the anchor sits horizontally relative to the text.
    public var horizontal: HorizontalAnchor
    /// Where the anchor sits vertically relative to the text.
    public var vertical: VerticalAnchor
    /// Degrees counter-clockwise.
    public var rotation: Double

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        _ text: Label, x: Double, y: Double, fontSize: Double? = nil, color: Color? = nil,
        horizontal: HorizontalAnchor = .left, vertical: VerticalAnchor = .baseline, rotation: Double = 0
    ) {
        self.text = text
        self.x = x
        self.y = y
        self.fontSize = fontSize
        self.color = color
        self.horizontal = horizontal
        self.vertical = vertical
        self.rotation = rotation
    }

    /// Throws a `PlotError` naming the first invalid input.
    public func validate() throws {
        guard x.isFinite, y.isFinite else {
            throw PlotError("TextMark \"\(text)\": position (\(x), \(y)) is not finite")
        }
        if let fontSize, !(fontSize.isFinite && fontSize > 0) {
            throw PlotError("TextMark \"\(text)\": font size \(fontSize) is not a positive finite number")
        }
        guard rotation.isFinite else { throw PlotError("TextMark \"\(text)\": rotation \(rotation) is not finite") }
    }

    /// The data extent used for automatic limits (nil: does not affect them).
    public var dataBounds: DataBounds? { nil }
    /// Whether the mark takes the next colour of the axes' cycle.
    public var usesColorCycle: Bool { false }

    /// The label as placed in `context`, or nil if its position cannot be shown.
    func placed(in context: MarkContext) -> PlacedText? {
        let p = context.transform(x, y)
        guard p.x.isFinite, p.y.isFinite else { return nil }
        return PlacedText(
            text, at: p, font: Font(family: context.theme.fontFamily, size: fontSize ?? context.theme.fontSize),
            color: color ?? context.theme.foreground, horizontal: horizontal, vertical: vertical,
            rotation: rotation)
    }

    /// Draws the mark into the axes' plot area.
    public func draw(in context: MarkContext) { placed(in: context)?.draw(on: context.canvas) }
    /// The legend entry (a sample and the label), or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? { nil }
}
