/// Places a figure's panels: plot boxes at matplotlib's subplot parameters, with the outer margins and the
/// gaps between panels grown (never shrunk) until every panel's decorations fit inside the figure and clear
/// of their neighbours.
struct FigureLayout {
    let figure: Figure
    let canvas: Canvas

    struct Slot {
        /// Where a `PlotBoxPanel` puts its plot box.
        var plotBox: Rect
        /// The panel's whole share of the figure (for panels without a plot box).
        var cell: Rect
    }
    struct Placement {
        var title: PlacedText?
        var slots: [Slot]
    }

    private struct Margins: Equatable {
        var left, right, top, bottom, gapX, gapY: Double
    }

    func place() -> Placement {
        let (w, h) = figure.sizeInPoints
        let p = figure.subplotParameters, theme = figure.theme
        let rows = figure.rows, columns = figure.columns
        // Room kept between decorations and the figure edge, and between neighbouring panels.
        let pad = 0.2 * theme.fontSize, gapPad = 0.8 * theme.fontSize
        var title: PlacedText?
        var titleBottom = 0.0
        if let text = figure.title, !text.isEmpty {
            let t = PlacedText(
                text, at: Point(w / 2, 0.02 * h), font: Font(family: theme.fontFamily, size: theme.titleFontSize),
                color: theme.foreground, horizontal: .center, vertical: .top)
            title = t
            titleBottom = t.bounds(on: canvas).maxY
        }
        let cols = Double(columns), rws = Double(rows)
        let baseW = w * (p.right - p.left) / (cols + p.wspace * (cols - 1))
        let baseH = h * (p.top - p.bottom) / (rws + p.hspace * (rws - 1))
        var m = Margins(
            left: p.left * w, right: (1 - p.right) * w, top: (1 - p.top) * h, bottom: p.bottom * h,
            gapX: p.wspace * baseW, gapY: p.hspace * baseH)
        var boxes = self.boxes(m, w, h)
        for _ in 0..<4 {
            var need = m
            var leftOf = [Double](repeating: 0, count: columns), rightOf = leftOf
            var topOf = [Double](repeating: 0, count: rows), bottomOf = topOf
            for (index, (panel, cell)) in zip(figure.panels, placements).enumerated() {
                guard let boxed = panel as? PlotBoxPanel else { continue }
                let i = boxed.decorationInsets(plotBox: boxes[index], canvas: canvas, theme: theme)
                leftOf[cell.column] = max(leftOf[cell.column], i.left)
                rightOf[cell.lastColumn] = max(rightOf[cell.lastColumn], i.right)
                topOf[cell.row] = max(topOf[cell.row], i.top)
                bottomOf[cell.lastRow] = max(bottomOf[cell.lastRow], i.bottom)
            }
            need.left = max(m.left, leftOf[0] + pad)
            need.right = max(m.right, rightOf[columns - 1] + pad)
            need.top = max(m.top, topOf[0] + (title == nil ? pad : titleBottom + gapPad))
            need.bottom = max(m.bottom, bottomOf[rows - 1] + pad)
            for c in 0..<(columns - 1) { need.gapX = max(need.gapX, rightOf[c] + leftOf[c + 1] + gapPad) }
            for r in 0..<(rows - 1) { need.gapY = max(need.gapY, bottomOf[r] + topOf[r + 1] + gapPad) }
            // Never let margins eat the whole figure: keep at least a fifth of it for the plot boxes.
            need.left = min(need.left, w * 0.4)
            need.right = min(need.right, w * 0.4)
            need.top = min(need.top, h * 0.4)
            need.bottom = min(need.bottom, h * 0.4)
            if need == m { break }
            m = need
            boxes = self.boxes(m, w, h)
        }
        let slots = zip(boxes, placements).map { box, cell -> Slot in
            let left = cell.column == 0 ? 0 : box.minX - m.gapX / 2
            let right = cell.lastColumn == columns - 1 ? w : box.maxX + m.gapX / 2
            let top = cell.row == 0 ? titleBottom : box.minY - m.gapY / 2
            let bottom = cell.lastRow == rows - 1 ? h : box.maxY + m.gapY / 2
            return Slot(
                plotBox: box, cell: Rect(x: left, y: top, width: max(1, right - left), height: max(1, bottom - top)))
        }
        return Placement(title: title, slots: slots)
    }

    /// The grid cells of the panels, in panel order.
    private var placements: [GridPlacement] { figure.resolvedPlacements }

    /// The plot boxes of all panels for the given margins; a spanning panel's box covers its cells and the
    /// gaps between them.
    private func boxes(_ m: Margins, _ w: Double, _ h: Double) -> [Rect] {
        let columns = figure.columns, rows = figure.rows
        let boxW = max(1, (w - m.left - m.right - m.gapX * Double(columns - 1)) / Double(columns))
        let boxH = max(1, (h - m.top - m.bottom - m.gapY * Double(rows - 1)) / Double(rows))
        func span(_ count: Int, _ box: Double, _ gap: Double) -> Double {
            count == 1 ? box : Double(count) * box + Double(count - 1) * gap
        }
        return placements.map { cell in
            Rect(
                x: m.left + Double(cell.column) * (boxW + m.gapX), y: m.top + Double(cell.row) * (boxH + m.gapY),
                width: span(cell.columnSpan, boxW, m.gapX), height: span(cell.rowSpan, boxH, m.gapY))
        }
    }
}
