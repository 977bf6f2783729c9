/// The bars and caps of an `ErrorBarMark`, in data units and on the canvas.
enum ErrorBarGeometry {
    /// One error bar: a segment in data units and whether it is vertical (a y error).
    struct Bar {
        var from: (x: Double, y: Double)
        var to: (x: Double, y: Double)
        var vertical: Bool
    }

    /// Every bar with finite ends: y errors first, then x errors.
    static func bars(of mark: ErrorBarMark) -> [Bar] {
        var out: [Bar] = []
        let n = min(mark.x.count, mark.y.count)
        for (extent, vertical) in [(mark.yError, true), (mark.xError, false)] {
            guard let extent else { continue }
            for i in 0..<n {
                let (lo, hi) = extent.sizes(at: i)
                let x = mark.x[i], y = mark.y[i]
                let bar =
                    vertical
                    ? Bar(from: (x, y - lo), to: (x, y + hi), vertical: true)
                    : Bar(from: (x - lo, y), to: (x + hi, y), vertical: false)
                if bar.from.x.isFinite && bar.from.y.isFinite && bar.to.x.isFinite && bar.to.y.isFinite {
                    out.append(bar)
                }
            }
        }
        return out
    }

    /// Strokes the bars (each snapped to the pixel grid, butt ends) and, with a cap size, their caps.
    static func drawBars(of mark: ErrorBarMark, color: Color, width: Double, in context: MarkContext) {
        let canvas = context.canvas
        let snap = PixelSnap(pixelsPerPoint: canvas.pixelsPerPoint)
        let clip = context.plotArea.outset(by: EdgeInsets(left: 10, right: 10, top: 10, bottom: 10))
        var lines = Path(), caps = Path()
        let half = mark.capSize, capWidth = 1.0
        for bar in bars(of: mark) {
            let a = context.pointClippingNonPositive(bar.from.x, bar.from.y)
            let b = context.pointClippingNonPositive(bar.to.x, bar.to.y)
            guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { continue }
            if width > 0, let (t0, t1) = SegmentClipper.clip(a, b, to: clip) {
                let p = Point(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0)
                let q = Point(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1)
                lines.elements.append(contentsOf: snap.snapped(.polyline([p, q]), lineWidth: width).elements)
            }
            guard half > 0 else { continue }
            for end in [a, b] where clip.contains(end) {
                let cap: [Point] =
                    bar.vertical
                    ? [Point(end.x - half, end.y), Point(end.x + half, end.y)]
                    : [Point(end.x, end.y - half), Point(end.x, end.y + half)]
                caps.elements.append(contentsOf: snap.snapped(.polyline(cap), lineWidth: capWidth).elements)
            }
        }
        if !lines.isEmpty { canvas.stroke(lines, style: StrokeStyle(color: color, width: width, cap: .butt)) }
        if !caps.isEmpty { canvas.stroke(caps, style: StrokeStyle(color: color, width: capWidth, cap: .butt)) }
    }
}
