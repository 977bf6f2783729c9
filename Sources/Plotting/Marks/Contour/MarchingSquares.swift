/// Contour lines of a scalar grid by marching squares.
///
/// Each cell whose four corners are finite is classified by which corners lie above the level
/// (`z > level`); crossings are placed on cell edges by linear interpolation. The two saddle cases
/// (diagonal corners above) are resolved by the average of the four corners, as matplotlib's
/// contour generator does: when the centre is above the level, the above corners are joined through the
/// centre. Segments that share an edge crossing are joined into polylines, closed where they close.
package enum MarchingSquares {
    /// The contour lines of `grid` at each level, in the order of `levels`.
    package static func lines(of grid: ScalarGrid, levels: [Double]) -> [ContourLevelLines] {
        levels.map { ContourLevelLines(level: $0, lines: lines(of: grid, level: $0)) }
    }

    /// The contour lines of `grid` at `level`. A non-finite level gives no lines.
    package static func lines(of grid: ScalarGrid, level: Double) -> [ContourLine] {
        guard level.isFinite else { return [] }
        let segments = cellSegments(of: grid, level: level)
        return SegmentJoiner(segments: segments.pairs, points: segments.points).polylines()
    }

    /// An edge of the grid, numbered so both cells sharing it agree: horizontal edge from (row, col) to
    /// (row, col+1) is `2 * (row * columns + col)`, vertical edge from (row, col) to (row+1, col) is that + 1.
    private static func edgeID(row: Int, col: Int, vertical: Bool, columns: Int) -> Int {
        2 * (row * columns + col) + (vertical ? 1 : 0)
    }

    private static func cellSegments(
        of grid: ScalarGrid, level: Double
    )
        -> (pairs: [(Int, Int)], points: [Int: (x: Double, y: Double)])
    {
        let columns = grid.x.count
        var pairs: [(Int, Int)] = []
        var points: [Int: (x: Double, y: Double)] = [:]

        func crossing(_ id: Int, _ xa: Double, _ ya: Double, _ za: Double, _ xb: Double, _ yb: Double, _ zb: Double) {
            guard points[id] == nil else { return }
            let t = (level - za) / (zb - za)
            points[id] = (xa + (xb - xa) * t, ya + (yb - ya) * t)
        }

        for r in 0..<(grid.y.count - 1) {
            let y0 = grid.y[r], y1 = grid.y[r + 1]
            let lowRow = grid.z[r], highRow = grid.z[r + 1]
            for c in 0..<(columns - 1) {
                // Corners counter-clockwise from (r, c): 0 = bottom-left, 1 = bottom-right, 2 = top-right, 3 = top-left.
                let z0 = lowRow[c], z1 = lowRow[c + 1], z2 = highRow[c + 1], z3 = highRow[c]
                guard z0.isFinite, z1.isFinite, z2.isFinite, z3.isFinite else { continue }
                let mask = (z0 > level ? 1 : 0) | (z1 > level ? 2 : 0) | (z2 > level ? 4 : 0) | (z3 > level ? 8 : 0)
                if mask == 0 || mask == 15 { continue }  // the level does not cross this cell
                let z = [z0, z1, z2, z3]
                let above = [mask & 1 != 0, mask & 2 != 0, mask & 4 != 0, mask & 8 != 0]
                let x0 = grid.x[c], x1 = grid.x[c + 1]
                let xs = [x0, x1, x1, x0], ys = [y0, y0, y1, y1]
                // Edge k joins corner k to corner k+1: bottom, right, top, left.
                let ids = [
                    edgeID(row: r, col: c, vertical: false, columns: columns),
                    edgeID(row: r, col: c + 1, vertical: true, columns: columns),
                    edgeID(row: r + 1, col: c, vertical: false, columns: columns),
                    edgeID(row: r, col: c, vertical: true, columns: columns),
                ]
                var crossed: [Int] = []
                for k in 0..<4 where above[k] != above[(k + 1) % 4] {
                    let j = (k + 1) % 4
                    crossing(ids[k], xs[k], ys[k], z[k], xs[j], ys[j], z[j])
                    crossed.append(k)
                }
                if crossed.count == 2 {
                    pairs.append((ids[crossed[0]], ids[crossed[1]]))
                } else if crossed.count == 4 {
                    // Saddle: cut off the two corners on the side the centre is not on.
                    let centreAbove = (z0 + z1 + z2 + z3) / 4 > level
                    for k in 0..<4 where above[k] != centreAbove {
                        // Corner k touches edge k and edge k-1.
                        pairs.append((ids[(k + 3) % 4], ids[k]))
                    }
                }
            }
        }
        return (pairs, points)
    }
}

/// Joins segments between edge crossings into polylines. Every crossing belongs to at most two segments
/// (the two cells sharing its edge), so the segments form chains and cycles.
struct SegmentJoiner {
    let segments: [(Int, Int)]
    let points: [Int: (x: Double, y: Double)]

    func polylines() -> [ContourLine] {
        var incident: [Int: [Int]] = [:]
        for (i, s) in segments.enumerated() {
            incident[s.0, default: []].append(i)
            incident[s.1, default: []].append(i)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var result: [ContourLine] = []

        func walk(from start: Int) -> (ids: [Int], closed: Bool) {
            var ids = [start]
            var current = start
            while let next = incident[current]?.first(where: { !used[$0] }) {
                used[next] = true
                let s = segments[next]
                current = s.0 == current ? s.1 : s.0
                if current == start { return (ids, true) }
                ids.append(current)
            }
            return (ids, false)
        }

        // Open chains start at crossings with a single segment (the grid border or a no-data cell).
        for s in segments {
            for end in [s.0, s.1] where incident[end]?.count == 1 {
                if let i = incident[end]?.first, !used[i] { append(walk(from: end), to: &result) }
            }
        }
        // What remains are cycles.
        for (i, s) in segments.enumerated() where !used[i] {
            append(walk(from: s.0), to: &result)
        }
        return result
    }

    private func append(_ chain: (ids: [Int], closed: Bool), to result: inout [ContourLine]) {
        var xs: [Double] = [], ys: [Double] = []
        for id in chain.ids {
            guard let p = points[id] else { continue }
            // Crossings at a grid corner that lies exactly on the level coincide; keep one.
            if let lx = xs.last, let ly = ys.last, lx == p.x, ly == p.y { continue }
            xs.append(p.x)
            ys.append(p.y)
        }
        var closed = chain.closed
        if closed, xs.count > 1, xs[0] == xs[xs.count - 1], ys[0] == ys[ys.count - 1] {
            xs.removeLast()
            ys.removeLast()
        }
        if xs.count < 2 { return }  // a zero-length line (an extremum exactly on the level)
        if closed && xs.count < 3 { closed = false }
        result.append(ContourLine(xs: xs, ys: ys, isClosed: closed))
    }
}
