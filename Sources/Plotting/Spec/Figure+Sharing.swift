extension Figure {
    /// The panels' grid placements in force: `placements`, or row by row one cell each.
    var resolvedPlacements: [GridPlacement] {
        placements ?? GridPlacement.rowMajor(count: panels.count, columns: columns)
    }

    /// The panels as drawn: with `sharedAxes`, every `Axes` given the limits of all of them together and
    /// its inner tick labels and axis labels hidden (matplotlib's `label_outer`).
    func panelsWithSharedAxes() -> [any Panel] {
        guard !sharedAxes.isEmpty else { return panels }
        let axes = panels.compactMap { $0 as? Axes }
        guard let first = axes.first else { return panels }
        var union = Axes(marks: axes.flatMap(\.marks), xScale: first.xScale, yScale: first.yScale)
        union.xLimits = axes.lazy.compactMap(\.xLimits).first
        union.yLimits = axes.lazy.compactMap(\.yLimits).first
        let limits = union.resolvedLimits(theme: theme)
        let placements = resolvedPlacements
        return zip(panels, placements).map { panel, placement in
            guard var a = panel as? Axes else { return panel }
            if sharedAxes.contains(.x) {
                a.xLimits = limits.x.0...limits.x.1
                if placement.lastRow < rows - 1 {
                    a.showXTickLabels = false
                    a.xLabel = nil
                }
            }
            if sharedAxes.contains(.y) {
                a.yLimits = limits.y.0...limits.y.1
                if placement.column > 0 {
                    a.showYTickLabels = false
                    a.yLabel = nil
                }
            }
            return a
        }
    }
}
