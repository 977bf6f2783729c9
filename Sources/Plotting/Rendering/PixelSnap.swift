/// Snaps axis-aligned line work to the device pixel grid, as matplotlib's `PathSnapper` does, so spines,
/// ticks, grid lines and other horizontal/vertical strokes come out crisp instead of smeared over two pixels.
///
/// A stroke whose width rounds to an odd number of pixels is centred on pixel centres, an even one on pixel
/// edges. Only paths made of straight horizontal and vertical segments (at most 1024 vertices) are snapped;
/// anything else is returned unchanged.
package struct PixelSnap: Sendable, Hashable {
    /// Device pixels per point.
    package let pixelsPerPoint: Double

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    package init(pixelsPerPoint: Double) { self.pixelsPerPoint = pixelsPerPoint }

    /// The snapped coordinate (in points, either axis) of a horizontal or vertical stroke `lineWidth` points
    /// wide at `v`: matplotlib's `floor(v + 0.5) + (odd ? 0.5 : 0)` in device pixels.
    package func coordinate(_ v: Double, lineWidth: Double) -> Double {
        guard let offset = offset(lineWidth), v.isFinite else { return v }
        return ((v * pixelsPerPoint + 0.5).rounded(.down) + offset) / pixelsPerPoint
    }

    /// Half a pixel for strokes an odd number of pixels wide, none for even ones (nil: cannot snap).
    private func offset(_ lineWidth: Double) -> Double? {
        guard pixelsPerPoint > 0, pixelsPerPoint.isFinite, lineWidth.isFinite else { return nil }
        let widthPixels = max(1, min((lineWidth * pixelsPerPoint).rounded(), 1_000_000))
        return widthPixels.truncatingRemainder(dividingBy: 2) == 1 ? 0.5 : 0
    }

    /// The path with every vertex snapped, if it is rectilinear (see the type's description).
    package func snapped(_ path: Path, lineWidth: Double) -> Path {
        guard path.elements.count <= 1024, isRectilinear(path) else { return path }
        let snap = { (p: Point) in Point(coordinate(p.x, lineWidth: lineWidth), coordinate(p.y, lineWidth: lineWidth)) }
        return Path(
            path.elements.map { e in
                switch e {
                case .move(let p): .move(snap(p))
                case .line(let p): .line(snap(p))
                case .curve, .close: e
                }
            })
    }

    private func isRectilinear(_ path: Path) -> Bool {
        var last: Point?
        for e in path.elements {
            switch e {
            case .move(let p): last = p
            case .line(let p):
                guard let a = last, a.x == p.x || a.y == p.y else { return false }
                last = p
            case .curve: return false
            case .close: break
            }
        }
        return true
    }
}

extension Canvas {
    /// Strokes `path`, snapped to this canvas's pixel grid when it is made of horizontal and vertical segments.
    package func strokeSnapped(_ path: Path, style: StrokeStyle) {
        stroke(PixelSnap(pixelsPerPoint: pixelsPerPoint).snapped(path, lineWidth: style.width), style: style)
    }
}
