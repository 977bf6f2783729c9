extension Axes {
    /// The colour map and range the colour bar shows: the first colour-mapped mark's.
    var colorScale: (map: Colormap, range: ClosedRange<Double>)? {
        marks.lazy.compactMap { ($0 as? ColormappedMark)?.colorScale }.first
    }

    /// With a colour bar (and a mark for it), the plot box split into the axes' own box and the bar
    /// (matplotlib's `make_axes`: the bar takes 15 % of the width after a 5 % pad); nil otherwise.
    func colorbarSplit(of plotBox: Rect) -> (axes: Rect, bar: Rect, map: Colormap, range: ClosedRange<Double>)? {
        guard let colorbar, let scale = colorScale else { return nil }
        let parts = colorbar.layout(in: plotBox)
        return (parts.panel, parts.bar, scale.map, scale.range)
    }

    /// How far the colour bar's frame, ticks and labels reach outside `plotBox`.
    func colorbarInsets(plotBox: Rect, canvas: Canvas, theme: Theme) -> EdgeInsets {
        guard let colorbar, let split = colorbarSplit(of: plotBox) else { return .zero }
        let placed = colorbar.decorations(range: split.range, bar: split.bar, canvas: canvas, theme: theme)
        var reach = Rect(
            x: split.bar.minX, y: split.bar.minY, width: split.bar.width + theme.tickLength,
            height: split.bar.height)
        for text in placed.texts { reach = reach.union(text.bounds(on: canvas)) }
        return EdgeInsets(reach: reach, outside: plotBox)
    }

    /// Draws the colour bar beside the axes whose whole plot box (axes and bar) is `plotBox`.
    func drawColorbar(plotBox: Rect, canvas: Canvas, theme: Theme) {
        guard let colorbar, let split = colorbarSplit(of: plotBox) else { return }
        colorbar.draw(map: split.map, range: split.range, in: split.bar, on: canvas, theme: theme, fill: .image)
    }
}

extension EdgeInsets {
    /// The larger of the two insets on each side.
    func union(_ other: EdgeInsets) -> EdgeInsets {
        EdgeInsets(
            left: max(left, other.left), right: max(right, other.right), top: max(top, other.top),
            bottom: max(bottom, other.bottom))
    }
}
