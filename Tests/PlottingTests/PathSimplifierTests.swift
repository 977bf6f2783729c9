import Foundation
import Testing

@testable import Plotting

@Suite struct PathSimplifierTests {
    /// Distance from p to segment a–b.
    func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let len2 = dx * dx + dy * dy
        let t = len2 == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2))
        let qx = a.x + t * dx - p.x, qy = a.y + t * dy - p.y
        return (qx * qx + qy * qy).squareRoot()
    }

    @Test func millionPointSmoothCurveShrinksWithinTolerance() throws {
        let n = 1_000_000
        let tolerance = PolylineBuilder.pixelTolerance * 72 / 100
        let points = (0..<n).map { i -> Point in
            let x = 460.0 * Double(i) / Double(n - 1)
            return Point(x, 170 + 130 * sin(x / 37) * exp(-x / 300))
        }
        var simplifier = PathSimplifier(tolerance: tolerance)
        for (i, p) in points.enumerated() { i == 0 ? simplifier.move(to: p) : simplifier.line(to: p) }
        let out = simplifier.finish()
        #expect(out.count == 1)
        let line = try #require(out.first)
        #expect(line.count > 20 && line.count < 5000, "\(line.count) vertices")
        #expect(line.first == points.first && line.last == points.last)
        // Every input vertex lies within the tolerance of the output (x is monotone: search near its x).
        var worst = 0.0, k = 0
        for p in points.enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) + [points[n - 1]] {
            while k + 1 < line.count - 1 && line[k + 1].x < p.x { k += 1 }
            var best = Double.infinity
            for j in max(0, k - 2)..<min(line.count - 1, k + 3) { best = min(best, distance(p, line[j], line[j + 1])) }
            worst = max(worst, best)
        }
        #expect(worst <= tolerance * (1 + 1e-9), "worst deviation \(worst) > \(tolerance)")
    }

    @Test func zigzagBeyondToleranceIsKept() {
        var s = PathSimplifier(tolerance: 0.1)
        let zigzag = (0..<50).map { Point(Double($0), $0 % 2 == 0 ? 0 : 1) }
        for (i, p) in zigzag.enumerated() { i == 0 ? s.move(to: p) : s.line(to: p) }
        #expect(s.finish() == [zigzag])
    }

    @Test func backtrackingLineKeepsBothExtremes() {
        var s = PathSimplifier(tolerance: 0.1)
        for (i, x) in [0.0, 5, 10, 3, -4, 2].enumerated() { i == 0 ? s.move(to: Point(x, 0)) : s.line(to: Point(x, 0)) }
        let out = s.finish()
        let xs = out.first?.map(\.x) ?? []
        #expect(xs.first == 0 && xs.last == 2 && xs.contains(10) && xs.contains(-4))
    }

    @Test func gapsAndLogNonPositiveValuesSplitTheLine() throws {
        var axes = Axes(marks: [LineMark(x: [0, 1, 2, 3, 4, 5, 6], y: [1, 2, .nan, 3, .infinity, 4, 5])])
        var canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        var line = try #require(canvas.strokes.first { $0.style.width == 1.5 })
        var moves = line.path.elements.filter { if case .move = $0 { true } else { false } }
        #expect(moves.count == 3)
        #expect(
            line.path.elements.allSatisfy { e in
                if case let .line(p) = e { p.x.isFinite && p.y.isFinite && abs(p.y) < 1e4 } else { true }
            })
        axes = Axes(marks: [LineMark(x: [1, 2, 3, 4, 5], y: [1, 10, -1, 100, 1000])], yScale: .log)
        canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        line = try #require(canvas.strokes.first { $0.style.width == 1.5 })
        moves = line.path.elements.filter { if case .move = $0 { true } else { false } }
        #expect(moves.count == 2)
    }

    @Test func hugeValuesAreClippedNotSentToTheCanvas() throws {
        let axes = Axes(marks: [LineMark(x: [0, 1, 2], y: [0, 1e300, 1])], yLimits: 0...2)
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        for stroke in canvas.strokes {
            for case let .line(p) in stroke.path.elements { #expect(abs(p.y) < 1000 && abs(p.x) < 1000) }
        }
    }

    @Test func polygonClipperKeepsTheVisiblePart() {
        let square = [Point(-10, -10), Point(10, -10), Point(10, 10), Point(-10, 10)]
        let clipped = PolygonClipper.clip(square, to: Rect(x: 0, y: 0, width: 100, height: 100))
        #expect(Set(clipped) == Set([Point(0, 0), Point(10, 0), Point(10, 10), Point(0, 10)]))
        #expect(PolygonClipper.clip(square, to: Rect(x: 50, y: 50, width: 10, height: 10)).isEmpty)
    }
}
