/// matplotlib's `loc='best'`: among the fixed placements, the first one with the least "badness" —
/// the number of data vertices inside the legend plus the number of lines crossing it.
package enum LegendPlacer {
    /// The candidates in matplotlib's order (location codes 1…10).
    package static let candidates: [LegendPlacement] = [
        .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right,
        .centerLeft, .centerRight, .lowerCenter, .upperCenter, .center,
    ]

    /// The badness of a legend frame over the given obstacle polylines (canvas points).
    package static func badness(of frame: Rect, obstacles: [[Point]]) -> Int {
        var total = 0
        for line in obstacles {
            total += line.reduce(0) { $0 + (frame.contains($1) ? 1 : 0) }
            if line.count >= 2 && crosses(line, frame) { total += 1 }
        }
        return total
    }

    /// The least bad of `frames` (keyed by candidate placement, in candidate order).
    package static func best(frames: [(LegendPlacement, Rect)], obstacles: [[Point]]) -> LegendPlacement {
        var bestPlacement = frames.first?.0 ?? .upperRight
        var bestScore = Int.max
        for (placement, frame) in frames {
            let score = badness(of: frame, obstacles: obstacles)
            if score < bestScore {
                bestScore = score
                bestPlacement = placement
            }
            if score == 0 { break }
        }
        return bestPlacement
    }

    private static func crosses(_ line: [Point], _ r: Rect) -> Bool {
        for i in 1..<line.count where SegmentClipper.clip(line[i - 1], line[i], to: r) != nil { return true }
        return false
    }
}
