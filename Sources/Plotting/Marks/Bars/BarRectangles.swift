/// Filled, edgeless rectangles in data coordinates (bars and histogram bins), drawn as matplotlib draws
/// `Rectangle` patches with no edge: each snapped to the device pixel grid, so neighbours touch without a seam
/// or an overlap. A bar thinner than a pixel is drawn unsnapped (antialiased) rather than vanishing.
enum BarRectangles {
    /// A rectangle in data units by its two opposite corners.
    struct Box {
        var x0: Double, y0: Double, x1: Double, y1: Double
    }

    /// The boxes on the canvas, clipped near the plot area; boxes with a non-finite corner are skipped.
    static func path(_ boxes: [Box], in context: MarkContext) -> Path {
        let snap = PixelSnap(pixelsPerPoint: context.canvas.pixelsPerPoint)
        // An even stroke width snaps to pixel edges: matplotlib's snapping of a patch without an edge.
        let even = 2 / max(context.canvas.pixelsPerPoint, 1e-9)
        let area = context.plotArea.outset(by: EdgeInsets(left: 2, right: 2, top: 2, bottom: 2))
        var path = Path()
        for b in boxes {
            let p = context.pointClippingNonPositive(b.x0, b.y0), q = context.pointClippingNonPositive(b.x1, b.y1)
            guard p.x.isFinite, p.y.isFinite, q.x.isFinite, q.y.isFinite else { continue }
            let minX = max(min(p.x, q.x), area.minX), maxX = min(max(p.x, q.x), area.maxX)
            let minY = max(min(p.y, q.y), area.minY), maxY = min(max(p.y, q.y), area.maxY)
            guard minX < maxX, minY < maxY else { continue }
            var x0 = snap.coordinate(minX, lineWidth: even), x1 = snap.coordinate(maxX, lineWidth: even)
            var y0 = snap.coordinate(minY, lineWidth: even), y1 = snap.coordinate(maxY, lineWidth: even)
            // A bar thinner than a pixel would snap to nothing (matplotlib's thin bars vanish): keep it unsnapped.
            if x0 >= x1 { (x0, x1) = (minX, maxX) }
            if y0 >= y1 { (y0, y1) = (minY, maxY) }
            path.elements.append(
                contentsOf: Path.rectangle(Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)).elements)
        }
        return path
    }

    /// Fills the boxes in one colour.
    static func fill(_ boxes: [Box], color: Color, in context: MarkContext) {
        let path = path(boxes, in: context)
        if !path.isEmpty { context.canvas.fill(path, color: color) }
    }

    /// The extent of the boxes' finite edges, counting along each flagged axis only values > 0 (log axes), or nil.
    static func bounds(_ boxes: [Box], positiveX: Bool = false, positiveY: Bool = false) -> DataBounds? {
        DataBounds.spanning(
            xs: boxes.flatMap { [$0.x0, $0.x1] }, ys: boxes.flatMap { [$0.y0, $0.y1] }, positiveX: positiveX,
            positiveY: positiveY)
    }

    /// The far ends of the bars (from the first corner's value to the second's), for the legend's `.best` placement.
    static func obstacles(_ boxes: [Box], in context: MarkContext) -> [[Point]] {
        boxes.map { [context.transform($0.x0, $0.y1), context.transform($0.x1, $0.y1)] }
    }

    /// A legend sample: a filled patch snapped to the pixel grid, as matplotlib draws a bar's legend handle.
    static func legendEntry(label: Label?, color: Color) -> LegendEntry? {
        guard let label, !label.isEmpty else { return nil }
        return LegendEntry(label: label) { canvas, rect in
            let snap = PixelSnap(pixelsPerPoint: canvas.pixelsPerPoint)
            let even = 2 / max(canvas.pixelsPerPoint, 1e-9)
            let x0 = snap.coordinate(rect.minX, lineWidth: even), x1 = snap.coordinate(rect.maxX, lineWidth: even)
            let y0 = snap.coordinate(rect.minY, lineWidth: even), y1 = snap.coordinate(rect.maxY, lineWidth: even)
            let snapped = x0 < x1 && y0 < y1 ? Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : rect
            canvas.fill(.rectangle(snapped), color: color)
        }
    }
}
