/// The frame, ticks, tick labels, axis labels and title of an axes, laid out for one geometry.
///
/// The same layout serves measuring (`insets`) and drawing (`draw`), so what is measured is what is drawn.
struct AxesDecorations {
    let axes: Axes
    let geometry: AxesGeometry
    let theme: Theme
    let canvas: Canvas

    var font: Font { Font(family: theme.fontFamily, size: theme.fontSize) }
    var titleFont: Font { Font(family: theme.fontFamily, size: theme.titleFontSize) }
    var box: Rect { geometry.box }
    var minorTickLength: Double { theme.tickLength * 2 / 3.5 }

    /// Major x tick positions on the canvas that fall within the box.
    private func xTickPositions(_ values: [Double]) -> [(Double, Int)] {
        values.enumerated().compactMap { i, v in
            let p = geometry.x(v)
            return p.isFinite && p >= box.minX - 0.01 && p <= box.maxX + 0.01 ? (p, i) : nil
        }
    }
    /// Whether the x axis (ticks, labels) is on top of the box.
    private var xOnTop: Bool { axes.xAxisSide == .top }
    /// Whether the y axis (ticks, labels) is on the right of the box.
    private var yOnRight: Bool { axes.yAxisSide == .right }

    private func yTickPositions(_ values: [Double]) -> [(Double, Int)] {
        values.enumerated().compactMap { i, v in
            let p = geometry.y(v)
            return p.isFinite && p >= box.minY - 0.01 && p <= box.maxY + 0.01 ? (p, i) : nil
        }
    }

    /// A label hanging from `y` (its top there), raised so the ink starts at `y` as in matplotlib, whose text
    /// box begins `theme.textTopAscent` em above the baseline rather than at the font's full ascent.
    private func hanging(_ text: Label, x: Double, y: Double, horizontal: HorizontalAnchor) -> PlacedText {
        // The font's own line-box ascent (of plain text), so a superscript still hangs below `y` as in matplotlib.
        let ascent = canvas.measureText("lp", font: font).baseline
        let raise = max(0, ascent - theme.textTopAscent * font.size)
        return PlacedText(
            text, at: Point(x, y - raise), font: font, color: theme.foreground, horizontal: horizontal,
            vertical: .top)
    }

    /// Every label around the axes, placed, with its bounds on the canvas.
    func texts() -> [(text: PlacedText, bounds: Rect)] {
        var out: [(text: PlacedText, bounds: Rect)] = []
        func add(_ t: PlacedText) -> Rect {
            let b = t.bounds(on: canvas)
            out.append((t, b))
            return b
        }
        let fg = theme.foreground
        let xLabelTop = box.maxY + theme.tickLength + theme.tickLabelPad
        var belowXTicks = box.maxY + theme.tickLength
        // For an x axis on top: the upper edge of its tick labels, and of everything above the box.
        var aboveXTicks = box.minY - theme.tickLength, aboveBox = aboveXTicks
        if axes.showXTickLabels {
            for (p, i) in xTickPositions(geometry.xTicks.major) where !geometry.xTicks.labels[i].isEmpty {
                if xOnTop {
                    let t = PlacedText(
                        geometry.xTicks.labels[i], at: Point(p, box.minY - theme.tickLength - theme.tickLabelPad),
                        font: font, color: fg, horizontal: .center, vertical: .bottom)
                    aboveXTicks = min(aboveXTicks, add(t).minY)
                    continue
                }
                let t = hanging(geometry.xTicks.labels[i], x: p, y: xLabelTop, horizontal: .center)
                belowXTicks = max(belowXTicks, add(t).maxY)
            }
        }
        aboveBox = aboveXTicks
        let side = yOnRight ? 1.0 : -1.0
        let yAxisX = yOnRight ? box.maxX : box.minX
        let yLabelEdge =
            yOnRight
            ? box.maxX + theme.tickLength + theme.tickLabelPad : box.minX - theme.tickLength - theme.tickLabelPad
        // The outer edge of the y tick labels: left of them for a left axis, right for a right one.
        var outsideYTicks = yAxisX + side * theme.tickLength
        if axes.showYTickLabels {
            for (p, i) in yTickPositions(geometry.yTicks.major) where !geometry.yTicks.labels[i].isEmpty {
                // matplotlib's 'center_baseline': the baseline half the text-box ascent below the tick.
                let t = PlacedText(
                    geometry.yTicks.labels[i], at: Point(yLabelEdge, p + theme.textTopAscent * font.size / 2),
                    font: font, color: fg, horizontal: yOnRight ? .left : .right, vertical: .baseline)
                let b = add(t)
                outsideYTicks = yOnRight ? max(outsideYTicks, b.maxX) : min(outsideYTicks, b.minX)
            }
        }
        if axes.showXTickLabels, let offset = geometry.xTicks.offsetText {
            if xOnTop {
                let t = PlacedText(
                    Label(offset), at: Point(box.maxX, aboveXTicks - theme.axisLabelPad), font: font, color: fg,
                    horizontal: .right, vertical: .bottom)
                aboveBox = min(aboveBox, add(t).minY)
            } else {
                _ = add(hanging(Label(offset), x: box.maxX, y: belowXTicks + theme.axisLabelPad, horizontal: .right))
            }
        }
        var titleBaseline = box.minY - theme.titlePad
        if axes.showYTickLabels, let offset = geometry.yTicks.offsetText {
            let t = PlacedText(
                offset, at: Point(yAxisX, box.minY - 3), font: font, color: fg,
                horizontal: yOnRight ? .right : .left, vertical: .bottom)
            titleBaseline = min(titleBaseline, add(t).minY - theme.titlePad)
        }
        if let label = axes.xLabel, !label.isEmpty {
            if xOnTop {
                let t = PlacedText(
                    label, at: Point(box.minX + box.width / 2, aboveXTicks - theme.axisLabelPad), font: font,
                    color: fg, horizontal: .center, vertical: .bottom)
                aboveBox = min(aboveBox, add(t).minY)
            } else {
                _ = add(
                    hanging(
                        label, x: box.minX + box.width / 2, y: belowXTicks + theme.axisLabelPad, horizontal: .center))
            }
        }
        if xOnTop { titleBaseline = min(titleBaseline, aboveBox - theme.titlePad) }
        if let label = axes.yLabel, !label.isEmpty {
            _ = add(
                PlacedText(
                    label, at: Point(outsideYTicks + side * theme.axisLabelPad, box.minY + box.height / 2),
                    font: font, color: fg, horizontal: .center, vertical: yOnRight ? .top : .bottom, rotation: 90))
        }
        // With a top twin, the twin draws the title above its axis.
        if let title = axes.title, !title.isEmpty, axes.twiny == nil {
            _ = add(
                PlacedText(
                    title, at: Point(box.minX + box.width / 2, titleBaseline), font: titleFont,
                    color: fg, horizontal: .center, vertical: .baseline))
        }
        return out
    }

    /// How far the decorations reach outside `outer` (by default the plot box) on each side. With `.equal`
    /// aspect the box may have shrunk inside the plot box the layout gave, so measure against that.
    func insets(relativeTo outer: Rect? = nil) -> EdgeInsets {
        let frame = outer ?? box
        var reach = Rect(
            x: box.minX - (yOnRight ? 0 : theme.tickLength), y: box.minY - (xOnTop ? theme.tickLength : 0),
            width: box.width + theme.tickLength, height: box.height + theme.tickLength)
        for (_, b) in texts() { reach = reach.union(b) }
        return EdgeInsets(reach: reach, outside: frame)
    }

    /// Grid lines at the major ticks (drawn beneath the marks).
    func drawGrid() {
        let style = StrokeStyle(color: theme.gridColor, width: theme.gridWidth, cap: .square)
        var path = Path()
        if axes.grid.contains(.x) {
            for (p, _) in xTickPositions(geometry.xTicks.major) {
                path.move(to: Point(p, box.minY))
                path.line(to: Point(p, box.maxY))
            }
        }
        if axes.grid.contains(.y) {
            for (p, _) in yTickPositions(geometry.yTicks.major) {
                path.move(to: Point(box.minX, p))
                path.line(to: Point(box.maxX, p))
            }
        }
        if !path.isEmpty { canvas.strokeSnapped(path, style: style) }
    }

    /// Spines, tick marks and every label.
    func drawFrameTicksAndLabels() {
        var spine = Path()
        let s = axes.spines
        if s.contains(.left) {
            spine.move(to: Point(box.minX, box.maxY))
            spine.line(to: Point(box.minX, box.minY))
        }
        if s.contains(.right) {
            spine.move(to: Point(box.maxX, box.maxY))
            spine.line(to: Point(box.maxX, box.minY))
        }
        if s.contains(.bottom) {
            spine.move(to: Point(box.minX, box.maxY))
            spine.line(to: Point(box.maxX, box.maxY))
        }
        if s.contains(.top) {
            spine.move(to: Point(box.minX, box.minY))
            spine.line(to: Point(box.maxX, box.minY))
        }
        if !spine.isEmpty {
            canvas.strokeSnapped(
                spine,
                style: StrokeStyle(
                    color: theme.foreground, width: theme.axesLineWidth, cap: .square,
                    join: .miter))
        }
        strokeTicks(major: true, length: theme.tickLength, width: theme.tickWidth)
        strokeTicks(major: false, length: minorTickLength, width: theme.tickWidth * 0.75)
        for (t, _) in texts() { t.draw(on: canvas) }
    }

    private func strokeTicks(major: Bool, length: Double, width: Double) {
        var path = Path()
        let xAxisY = xOnTop ? box.minY : box.maxY, downward = xOnTop ? -length : length
        for (p, _) in xTickPositions(major ? geometry.xTicks.major : geometry.xTicks.minor) {
            path.move(to: Point(p, xAxisY))
            path.line(to: Point(p, xAxisY + downward))
        }
        let yAxisX = yOnRight ? box.maxX : box.minX, outward = yOnRight ? length : -length
        for (p, _) in yTickPositions(major ? geometry.yTicks.major : geometry.yTicks.minor) {
            path.move(to: Point(yAxisX, p))
            path.line(to: Point(yAxisX + outward, p))
        }
        if !path.isEmpty { canvas.strokeSnapped(path, style: StrokeStyle(color: theme.foreground, width: width)) }
    }
}
