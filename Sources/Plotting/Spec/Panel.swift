/// One cell of a figure's grid: a 2-D axes, a 3-D axes, or anything else that can draw itself into a rectangle.
public protocol Panel: Sendable {
    /// Draws the panel into `frame` (its cell of the figure grid, in points), including its own
    /// title, axis labels, ticks and legend.
    func draw(in frame: Rect, on canvas: Canvas, theme: Theme) throws
}
