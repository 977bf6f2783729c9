extension Axes {
    /// How far ticks, labels and title reach outside `plotBox`.
    public func decorationInsets(plotBox: Rect, canvas: Canvas, theme: Theme) -> EdgeInsets {
        let g = geometry(plotBox: colorbarSplit(of: plotBox)?.axes ?? plotBox, theme: theme, canvas: canvas)
        var insets = AxesDecorations(axes: self, geometry: g, theme: theme, canvas: canvas).insets(relativeTo: plotBox)
            .union(colorbarInsets(plotBox: plotBox, canvas: canvas, theme: theme))
        for twin in twins(of: g) {
            insets = insets.union(twin.decorationInsets(plotBox: g.box, canvas: canvas, theme: theme))
        }
        return
            insets
            .union(outsideLegendInsets(box: g.box, plotBox: plotBox, canvas: canvas, theme: theme))
    }

    /// How far a legend placed `.outsideRight` of `box` reaches outside `plotBox`; zero for other placements.
    private func outsideLegendInsets(box: Rect, plotBox: Rect, canvas: Canvas, theme: Theme) -> EdgeInsets {
        guard legend == .outsideRight else { return .zero }
        let entries = marks.compactMap { $0.legendEntry(cycleColor: theme.foreground, theme: theme) }
        guard !entries.isEmpty else { return .zero }
        let frame = LegendLayout(entries: entries, theme: theme, canvas: canvas).frame(.outsideRight, in: box)
        // The frame's stroke (1 pt) reaches half a point beyond it.
        return EdgeInsets(
            right: max(0, frame.maxX + 0.5 - plotBox.maxX), bottom: max(0, frame.maxY + 0.5 - plotBox.maxY))
    }

    /// Draws the axes inside `frame`, shrinking the plot box just enough for the decorations to fit
    /// (a tight layout). `Figure` instead places the plot box at matplotlib's subplot position.
    public func draw(in frame: Rect, on canvas: Canvas, theme: Theme) throws {
        try validate()
        let pad = theme.fontSize * 0.3
        var box = frame
        for _ in 0..<3 {
            let i = decorationInsets(plotBox: box, canvas: canvas, theme: theme)
            box = frame.inset(
                by: EdgeInsets(
                    left: i.left + pad, right: i.right + pad, top: i.top + pad,
                    bottom: i.bottom + pad))
            box.width = max(box.width, 1)
            box.height = max(box.height, 1)
        }
        try draw(plotBox: box, on: canvas, theme: theme)
    }

    /// Draws the axes with its plot box at `plotBox` (shrunk and centred for `.equal` aspect; the colour
    /// bar, if any, takes the right part of it).
    public func draw(plotBox: Rect, on canvas: Canvas, theme: Theme) throws {
        try validate()
        let g = geometry(plotBox: colorbarSplit(of: plotBox)?.axes ?? plotBox, theme: theme, canvas: canvas)
        canvas.fill(.rectangle(g.box), color: theme.background)
        drawContent(geometry: g, canvas: canvas, theme: theme)
        for twin in twins(of: g) {
            twin.drawContent(
                geometry: twin.geometry(plotBox: g.box, theme: theme, canvas: canvas), canvas: canvas, theme: theme)
        }
        drawColorbar(plotBox: plotBox, canvas: canvas, theme: theme)
    }

    /// The twin axes drawn over this one (right y axis, then top x axis) for its geometry `g`.
    private func twins(of g: AxesGeometry) -> [Axes] {
        let inverted = inversion()
        return [twinAxes(sharing: g.x, inverted: inverted.x), twinXAxes(sharing: g.y, inverted: inverted.y)]
            .compactMap { $0 }
    }

    /// Everything but the background and the colour bar: grid, marks, frame, ticks, labels and legend.
    private func drawContent(geometry g: AxesGeometry, canvas: Canvas, theme: Theme) {
        let decorations = AxesDecorations(axes: self, geometry: g, theme: theme, canvas: canvas)
        decorations.drawGrid()
        let contexts = markContexts(geometry: g, canvas: canvas, theme: theme)
        canvas.pushClip(g.box)
        for (mark, context) in zip(marks, contexts) where !(mark is UnclippedMark) { mark.draw(in: context) }
        canvas.popClip()
        decorations.drawFrameTicksAndLabels()
        for (mark, context) in zip(marks, contexts) where mark is UnclippedMark { mark.draw(in: context) }
        if let legend { drawLegend(legend, geometry: g, contexts: contexts, canvas: canvas, theme: theme) }
    }

    /// One context per mark, with the mark's colour from the cycle.
    private func markContexts(geometry g: AxesGeometry, canvas: Canvas, theme: Theme) -> [MarkContext] {
        var nextLine = 0, nextPatch = 0
        return marks.map { mark in
            var color = theme.foreground
            if mark.usesColorCycle {
                let patch = mark is UsesPatchColorCycle
                let index = patch ? nextPatch : nextLine
                if !theme.colorCycle.isEmpty { color = theme.colorCycle[index % theme.colorCycle.count] }
                if patch { nextPatch += 1 } else { nextLine += 1 }
            }
            var context = MarkContext(
                canvas: canvas, plotArea: g.box, transform: g.transform,
                dataPerPoint: g.dataPerPoint, theme: theme, cycleColor: color)
            context.pixelsPerPoint = canvas.pixelsPerPoint
            return context
        }
    }

    private func drawLegend(
        _ placement: LegendPlacement, geometry g: AxesGeometry, contexts: [MarkContext],
        canvas: Canvas, theme: Theme
    ) {
        let entries = zip(marks, contexts).compactMap { mark, context in
            mark.legendEntry(cycleColor: context.cycleColor, theme: theme)
        }
        guard !entries.isEmpty else { return }
        let layout = LegendLayout(entries: entries, theme: theme, canvas: canvas)
        var chosen = placement
        if placement == .best {
            let obstacles = zip(marks, contexts).flatMap { mark, context in
                (mark as? LegendObstacle)?.obstaclePolylines(in: context) ?? []
            }
            chosen = LegendPlacer.best(
                frames: LegendPlacer.candidates.map { ($0, layout.frame($0, in: g.box)) },
                obstacles: obstacles)
        }
        layout.draw(in: layout.frame(chosen, in: g.box))
    }
}
