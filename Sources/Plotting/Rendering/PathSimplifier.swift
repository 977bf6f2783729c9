/// Streams polyline vertices and drops those that lie within `tolerance` of the simplified line, like
/// matplotlib's `PathSimplifier` (src/path_converters.h): consecutive nearly-collinear points are merged
/// into one segment reaching the furthest point forward (and backward, if the data doubles back).
///
/// Guarantee: every input vertex lies within `tolerance` of the output polyline, and the first and last
/// vertex of every subpath are kept. (Points are compared against a band of half the tolerance around the
/// current direction, so that the kept segment itself is within tolerance of every dropped point.)
package struct PathSimplifier {
    /// The finished subpaths.
    package private(set) var subpaths: [[Point]] = []
    private var current: [Point] = []
    private let band: Double
    private var anchor = Point(0, 0)
    private var last = Point(0, 0)
    private var hasDirection = false
    private var dirX = 0.0, dirY = 0.0
    private var forward = 0.0, backward = 0.0
    private var forwardPoint = Point(0, 0), backwardPoint = Point(0, 0)
    private var hasBackward = false

    /// A simplifier keeping every vertex within `tolerance` (canvas points) of the output; 0 keeps all.
    package init(tolerance: Double) { band = tolerance.isFinite ? max(0, tolerance) / 2 : 0 }

    /// Starts a new subpath at `p`.
    package mutating func move(to p: Point) {
        finishSubpath()
        current = [p]
        anchor = p
        last = p
        hasDirection = false
    }

    /// Continues the subpath to `p` (starts one if none is open).
    package mutating func line(to p: Point) {
        guard !current.isEmpty else {
            move(to: p)
            return
        }
        if band == 0 {
            current.append(p)
            last = p
            return
        }
        let vx = p.x - anchor.x, vy = p.y - anchor.y
        if !hasDirection {
            let length = (vx * vx + vy * vy).squareRoot()
            if length <= band {
                last = p
                return
            }
            startDirection(vx / length, vy / length, length: length, point: p)
            return
        }
        let along = vx * dirX + vy * dirY
        let across = abs(vx * dirY - vy * dirX)
        if across <= band {
            if along > forward {
                forward = along
                forwardPoint = p
            } else if along < backward {
                backward = along
                backwardPoint = p
                hasBackward = true
            }
            last = p
            return
        }
        flushRun()
        // The next run starts at the last point of this one, heading to p.
        anchor = last
        let wx = p.x - anchor.x, wy = p.y - anchor.y
        let length = (wx * wx + wy * wy).squareRoot()
        if length <= band {
            hasDirection = false
            last = p
            return
        }
        startDirection(wx / length, wy / length, length: length, point: p)
    }

    /// Ends the open subpath and returns all subpaths.
    package mutating func finish() -> [[Point]] {
        finishSubpath()
        return subpaths
    }

    private mutating func startDirection(_ dx: Double, _ dy: Double, length: Double, point: Point) {
        hasDirection = true
        dirX = dx
        dirY = dy
        forward = length
        forwardPoint = point
        backward = 0
        hasBackward = false
        last = point
    }

    /// Emits the extremes of the current run and the run's last point.
    private mutating func flushRun() {
        if hasDirection {
            if hasBackward {
                if forward < -backward {
                    current.append(backwardPoint)
                    current.append(forwardPoint)
                } else {
                    current.append(forwardPoint)
                    current.append(backwardPoint)
                }
            } else {
                current.append(forwardPoint)
            }
        }
        if let end = current.last, end != last { current.append(last) }
        hasDirection = false
    }

    private mutating func finishSubpath() {
        guard !current.isEmpty else { return }
        flushRun()
        subpaths.append(current)
        current = []
    }
}
