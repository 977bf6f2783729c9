extension Canvas {
    /// Draws `text` literally (every character as typed); `drawText(_ text: Label, …)` with a `Label`.
    public func drawText(
        _ text: String, at point: Point, font: Font, color: Color,
        horizontal: HorizontalAnchor, vertical: VerticalAnchor, rotation: Double
    ) {
        drawText(
            Label(text), at: point, font: font, color: color, horizontal: horizontal, vertical: vertical,
            rotation: rotation)
    }

    /// Measures `text` drawn literally.
    public func measureText(_ text: String, font: Font) -> TextExtent {
        measureText(Label(text), font: font)
    }
}
