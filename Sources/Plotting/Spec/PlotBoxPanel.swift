/// A panel with a rectangular plot box and decorations (ticks, labels, title) around it, like a 2-D axes.
///
/// `Figure` places such panels the way matplotlib does: the plot box at the subplot parameters' position,
/// with margins grown only where the decorations would not otherwise fit. Panels that do not adopt this
/// protocol get their whole grid cell through `Panel.draw(in:on:theme:)`.
public protocol PlotBoxPanel: Panel {
    /// How far the decorations reach outside `plotBox` on each side, in points.
    func decorationInsets(plotBox: Rect, canvas: Canvas, theme: Theme) -> EdgeInsets
    /// Draws the panel with its plot box exactly at `plotBox` (decorations around it).
    func draw(plotBox: Rect, on canvas: Canvas, theme: Theme) throws
}

/// Input checks run by `Figure` before anything is drawn (see `PlotError`).
public protocol Validatable {
    /// Throws a `PlotError` naming the first invalid value.
    func validate() throws
}
