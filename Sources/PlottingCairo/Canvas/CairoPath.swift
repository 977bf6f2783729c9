import CCairo
import Plotting

/// Replays `Path`s into a Cairo context.
enum CairoPath {
    /// Coordinates are clamped to this many points either way: far beyond any canvas, well inside
    /// Cairo's 24.8 fixed-point range, so huge values cannot wrap around into spikes.
    static let limit = 1_000_000.0

    /// Appends `path` to the current Cairo path. A non-finite point breaks the path: the next finite
    /// point starts a new subpath (a gap, never a spike).
    static func append(_ path: Path, to cr: OpaquePointer) {
        cairo_new_path(cr)
        var broken = true  // no current point yet
        for element in path.elements {
            switch element {
            case .move(let p):
                if isFinite(p) {
                    cairo_move_to(cr, clamp(p.x), clamp(p.y))
                    broken = false
                } else {
                    broken = true
                }
            case .line(let p):
                guard isFinite(p) else {
                    broken = true
                    continue
                }
                if broken {
                    cairo_move_to(cr, clamp(p.x), clamp(p.y))
                    broken = false
                } else {
                    cairo_line_to(cr, clamp(p.x), clamp(p.y))
                }
            case .curve(let c1, let c2, let p):
                guard isFinite(c1), isFinite(c2), isFinite(p) else {
                    broken = true
                    continue
                }
                if broken {
                    cairo_move_to(cr, clamp(p.x), clamp(p.y))
                    broken = false
                } else {
                    cairo_curve_to(cr, clamp(c1.x), clamp(c1.y), clamp(c2.x), clamp(c2.y), clamp(p.x), clamp(p.y))
                }
            case .close:
                if !broken { cairo_close_path(cr) }
            }
        }
    }

    @inline(__always) static func isFinite(_ p: Point) -> Bool { p.x.isFinite && p.y.isFinite }
    @inline(__always) static func clamp(_ v: Double) -> Double { min(max(v, -limit), limit) }
}
