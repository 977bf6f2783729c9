/// A legend box laid out like matplotlib's: 0.4 em border pad, 2 em handles, 0.8 em handle–text pad,
/// 0.5 em between rows, 0.5 em from the axes edges, a rounded frame (edge `theme.legendEdge`, white face,
/// both at 80 % opacity).
struct LegendLayout {
    let entries: [LegendEntry]
    let theme: Theme
    let canvas: Canvas

    var font: Font { Font(family: theme.fontFamily, size: theme.fontSize) }
    var em: Double { theme.fontSize }
    var borderPad: Double { 0.4 * em }
    var labelSpacing: Double { 0.5 * em }
    var handleLength: Double { 2.0 * em }
    var handleHeight: Double { 0.7 * em }
    var handleTextPad: Double { 0.8 * em }
    var axesPad: Double { 0.5 * em }

    private var extents: [TextExtent] { entries.map { canvas.measureText($0.label, font: font) } }

    /// One row as matplotlib packs it: the text box starts `theme.textTopAscent` em above the baseline
    /// (more if the label reaches higher, e.g. a superscript), and the handle box (0.7 em tall) sits on
    /// the baseline.
    private struct Row {
        var ascent: Double
        var height: Double
    }
    private var rows: [Row] {
        let plainAscent = canvas.measureText("lp", font: font).baseline
        return extents.map { e in
            let ascent = max(theme.textTopAscent * em + max(0, e.baseline - plainAscent), handleHeight)
            return Row(ascent: ascent, height: ascent + max(0, e.height - e.baseline))
        }
    }

    /// The legend's width and height in points.
    var size: (width: Double, height: Double) {
        let textWidth = extents.map(\.width).max() ?? 0
        let rows = self.rows
        let height = 2 * borderPad + rows.reduce(0) { $0 + $1.height } + labelSpacing * Double(max(0, rows.count - 1))
        return (2 * borderPad + handleLength + handleTextPad + textWidth, height)
    }

    /// The legend's frame at a fixed placement inside `box` (`.best` is resolved by `LegendPlacer`).
    func frame(_ placement: LegendPlacement, in box: Rect) -> Rect {
        let (w, h) = size
        let left = box.minX + axesPad, right = box.maxX - axesPad - w, midX = box.minX + (box.width - w) / 2
        let top = box.minY + axesPad, bottom = box.maxY - axesPad - h, midY = box.minY + (box.height - h) / 2
        let (x, y): (Double, Double) =
            switch placement {
            case .best, .upperRight: (right, top)
            case .upperLeft: (left, top)
            case .lowerLeft: (left, bottom)
            case .lowerRight: (right, bottom)
            case .right, .centerRight: (right, midY)
            case .centerLeft: (left, midY)
            case .lowerCenter: (midX, bottom)
            case .upperCenter: (midX, top)
            case .center: (midX, midY)
            case .outsideRight: (box.maxX + 0.02 * box.width, box.minY)
            }
        return Rect(x: x, y: y, width: w, height: h)
    }

    /// Draws the frame, the samples and the labels.
    func draw(in frame: Rect) {
        let outline = Path.roundedRectangle(frame, radius: 0.2 * em)
        canvas.fill(outline, color: theme.background.withAlpha(0.8))
        canvas.stroke(outline, style: StrokeStyle(color: theme.legendEdge.withAlpha(0.8), width: 1.0))
        var y = frame.minY + borderPad
        for (entry, row) in zip(entries, rows) {
            let baseline = y + row.ascent
            let handle = Rect(
                x: frame.minX + borderPad, y: baseline - handleHeight, width: handleLength, height: handleHeight)
            entry.drawSample(canvas, handle)
            PlacedText(
                entry.label, at: Point(handle.maxX + handleTextPad, baseline), font: font,
                color: theme.foreground, horizontal: .left, vertical: .baseline
            ).draw(on: canvas)
            y += row.height + labelSpacing
        }
    }
}

extension Path {
    /// A closed rectangle with corners rounded by `radius` (clamped to half the shorter side).
    package static func roundedRectangle(_ r: Rect, radius: Double) -> Path {
        let rad = max(0, min(radius, r.width / 2, r.height / 2))
        guard rad > 0 else { return .rectangle(r) }
        let k = 0.5522847498307936 * rad
        var p = Path()
        p.move(to: Point(r.minX + rad, r.minY))
        p.line(to: Point(r.maxX - rad, r.minY))
        p.curve(Point(r.maxX - rad + k, r.minY), Point(r.maxX, r.minY + rad - k), to: Point(r.maxX, r.minY + rad))
        p.line(to: Point(r.maxX, r.maxY - rad))
        p.curve(Point(r.maxX, r.maxY - rad + k), Point(r.maxX - rad + k, r.maxY), to: Point(r.maxX - rad, r.maxY))
        p.line(to: Point(r.minX + rad, r.maxY))
        p.curve(Point(r.minX + rad - k, r.maxY), Point(r.minX, r.maxY - rad + k), to: Point(r.minX, r.maxY - rad))
        p.line(to: Point(r.minX, r.minY + rad))
        p.curve(Point(r.minX, r.minY + rad - k), Point(r.minX + rad - k, r.minY), to: Point(r.minX + rad, r.minY))
        p.close()
        return p
    }
}
