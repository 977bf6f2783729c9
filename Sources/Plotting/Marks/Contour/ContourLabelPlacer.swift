import Foundation

/// Inline contour labels (matplotlib's `clabel(inline=True)`): each line long enough gets its level's label
/// on its straightest stretch, rotated along the line, with the line broken underneath.
struct ContourLabelPlacer {
    /// Label width plus the gap on both sides, in points.
    let windowLength: Double
    /// Half the label height, kept clear of the plot-area edge.
    let halfHeight: Double
    let plotArea: Rect

    struct Placement {
        var center: Point
        /// Degrees counter-clockwise, in (-90, 90] so the text reads left to right.
        var rotation: Double
        /// What is left of the line, as open polylines.
        var pieces: [[Point]]
    }

    /// The label placement on `points` (canvas points, closed when `closed`), or nil when the line is too
    /// small for its label or no stretch of it fits inside the plot area.
    func place(on points: [Point], closed: Bool, labelWidth: Double) -> Placement? {
        guard points.count >= 2 else { return nil }
        let xs = points.map(\.x), ys = points.map(\.y)
        let extent = max((xs.max() ?? 0) - (xs.min() ?? 0), (ys.max() ?? 0) - (ys.min() ?? 0))
        guard extent > 1.2 * labelWidth else { return nil }
        let line = closed ? points + [points[0]] : points
        var arc = [0.0]
        for (a, b) in zip(line, line.dropFirst()) { arc.append(arc[arc.count - 1] + hypot(b.x - a.x, b.y - a.y)) }
        let total = arc[arc.count - 1]
        guard total > windowLength * 1.5 else { return nil }

        let half = windowLength / 2
        let inner = Rect(
            x: plotArea.minX + halfHeight, y: plotArea.minY + halfHeight,
            width: plotArea.width - 2 * halfHeight, height: plotArea.height - 2 * halfHeight)
        var best: (score: Double, center: Double)?
        let candidates = 64
        for k in 0..<candidates {
            let c =
                closed
                ? total * Double(k) / Double(candidates)
                : half + (total - windowLength) * Double(k) / Double(candidates - 1)
            let start = point(at: c - half, line, arc, closed), end = point(at: c + half, line, arc, closed)
            let middle = point(at: c, line, arc, closed)
            guard [start, end, middle].allSatisfy({ inner.contains($0) }) else { continue }
            let score = deviation(from: start, to: end, between: c - half, and: c + half, line, arc, closed)
            if let current = best, score >= current.score - 1e-9 { continue }
            best = (score, c)
        }
        guard let chosen = best?.center else { return nil }
        let start = point(at: chosen - half, line, arc, closed), end = point(at: chosen + half, line, arc, closed)
        var angle = atan2(-(end.y - start.y), end.x - start.x) * 180 / .pi
        if angle > 90 { angle -= 180 } else if angle <= -90 { angle += 180 }
        return Placement(
            center: point(at: chosen, line, arc, closed), rotation: angle,
            pieces: cut(line, arc, closed, from: chosen - half, to: chosen + half))
    }

    /// The point at arc length `s` (wrapped on closed lines, clamped on open ones).
    private func point(at s: Double, _ line: [Point], _ arc: [Double], _ closed: Bool) -> Point {
        let total = arc[arc.count - 1]
        var t = s
        if closed {
            t = t.truncatingRemainder(dividingBy: total)
            if t < 0 { t += total }
        }
        t = min(max(t, 0), total)
        var i = 1
        while i < arc.count - 1 && arc[i] < t { i += 1 }
        let seg = arc[i] - arc[i - 1]
        let f = seg > 0 ? (t - arc[i - 1]) / seg : 0
        let a = line[i - 1], b = line[i]
        return Point(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f)
    }

    /// The largest distance of the line's vertices between arc lengths `s0` and `s1` from the chord.
    private func deviation(
        from a: Point, to b: Point, between s0: Double, and s1: Double,
        _ line: [Point], _ arc: [Double], _ closed: Bool
    ) -> Double {
        let total = arc[arc.count - 1]
        let chord = hypot(b.x - a.x, b.y - a.y)
        guard chord > 0 else { return .infinity }
        var worst = 0.0
        for (i, p) in line.enumerated() {
            var s = arc[i]
            if closed && s < s0 { s += total }
            if closed && s > s1 { s -= total }
            guard s > s0 && s < s1 else { continue }
            worst = max(worst, abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / chord)
        }
        return worst
    }

    /// The line without the stretch between arc lengths `s0` and `s1`.
    private func cut(_ line: [Point], _ arc: [Double], _ closed: Bool, from s0: Double, to s1: Double) -> [[Point]] {
        let total = arc[arc.count - 1]
        func stretch(_ a: Double, _ b: Double) -> [Point] {
            guard b > a else { return [] }
            var out = [point(at: a, line, arc, false)]
            for (i, p) in line.enumerated() where arc[i] > a && arc[i] < b { out.append(p) }
            out.append(point(at: b, line, arc, false))
            return out
        }
        if closed {
            // From the window's end around to its start.
            let a = (s1.truncatingRemainder(dividingBy: total) + total).truncatingRemainder(dividingBy: total)
            let b = a + (total - (s1 - s0))
            if b <= total { return [stretch(a, b)] }
            var joined = stretch(a, total)
            joined += stretch(0, b - total).dropFirst()
            return [joined]
        }
        return [stretch(0, max(0, s0)), stretch(min(total, s1), total)].filter { $0.count >= 2 }
    }
}
