import Testing

@testable import Plotting

/// A context whose plot area is 400 × 300 points at (50, 50), showing x in 0...40 and y in 0...10
/// (10 points per x unit, 30 points per y unit).
private func context(_ canvas: Canvas) -> MarkContext {
    MarkContext(
        canvas: canvas, plotArea: Rect(x: 50, y: 50, width: 400, height: 300),
        transform: { x, y in Point(50 + x * 10, 350 - y * 30) },
        dataPerPoint: (0.1, 1.0 / 30), theme: Theme(), cycleColor: .black)
}

/// The vertices of each closed subpath.
private func subpaths(_ path: Path) -> [[Point]] {
    var result: [[Point]] = [], current: [Point] = []
    for e in path.elements {
        switch e {
        case let .move(p): current = [p]
        case let .line(p): current.append(p)
        case .close:
            result.append(current)
            current = []
        case .curve: Issue.record("arrows are polygons")
        }
    }
    return result
}

private func distance(_ a: Point, _ b: Point) -> Double {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
}

@Suite struct QuiverTests {
    @Test func automaticScaleIsMatplotlibsFormula() {
        // The book's gradient field: 18 × 18 arrows of -∇(x0² + x1²) on [-2, 2.5) step 0.25.
        let axis = (0..<18).map { -2 + Double($0) * 0.25 }
        var magnitudes: [Double] = []
        for y in axis { for x in axis { magnitudes.append((4 * x * x + 4 * y * y).squareRoot()) } }
        let mean = magnitudes.reduce(0, +) / 324
        let scale = QuiverAutoScale.scale(magnitudes: magnitudes, positionCount: 324)
        #expect(scale.map { abs($0 - 1.8 * mean * 18) < 1e-12 } == true)
        // Few arrows: sqrt(N) is raised to 10; NaN vectors leave the mean but count as positions.
        #expect(QuiverAutoScale.scale(magnitudes: [1, 3, .nan, 2], positionCount: 4) == 1.8 * 2 * 10)
        #expect(QuiverAutoScale.scale(magnitudes: [.nan], positionCount: 1) == nil)
        #expect(QuiverAutoScale.width(positionCount: 324) == 0.06 / 18)
        #expect(QuiverAutoScale.width(positionCount: 4) == 0.06 / 8)
        #expect(QuiverAutoScale.width(positionCount: 10_000) == 0.06 / 25)
    }

    @Test func longArrowOutlineHasMatplotlibsHeadProportions() {
        let outline = QuiverArrowShape().outline(length: 20)
        #expect(outline.count == 7)
        let tip = outline[3]
        #expect(tip.x == 20 && tip.y == 0)
        // Shaft one width wide, head 3 widths wide starting 5 widths back, swept to 4.5 at the shaft.
        #expect(outline.contains { $0.x == 0 && $0.y == -0.5 } && outline.contains { $0.x == 0 && $0.y == 0.5 })
        #expect(outline.contains { $0.x == 15 && $0.y == 1.5 } && outline.contains { $0.x == 15 && $0.y == -1.5 })
        #expect(outline.contains { $0.x == 15.5 && $0.y == 0.5 })
        var area = 0.0
        for i in 0..<outline.count {
            let j = (i + 1) % outline.count
            area += outline[i].x * outline[j].y - outline[j].x * outline[i].y
        }
        #expect(area > 0)  // counter-clockwise, like the dot, so one non-zero fill never cancels
    }

    @Test func shortArrowsShrinkAndTinyOnesBecomeDots() {
        let short = QuiverArrowShape().outline(length: 2.5)  // below minShaft × headLength = 5
        #expect(short[3].x == 2.5)
        #expect(short.map(\.y).max() == 1.5 * 0.5)  // the head scaled by 2.5 / 5
        let dot = QuiverArrowShape().outline(length: 0.4)  // below minLength = 1
        #expect(dot.count == 6)
        for p in dot { #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - 0.5) < 1e-12) }
    }

    @Test func dataScaledArrowsReachTheirHeadsInDataUnits() throws {
        let canvas = RecordingCanvas(width: 500, height: 500)
        // (u, v) = (2, 1) from (10, 5) with scale 1: the tip lands on (12, 6).
        let mark = QuiverMark(x: [10], y: [5], u: [2], v: [1], angles: .xy, scale: .data(1), width: 0.005)
        try mark.validate()
        mark.draw(in: context(canvas))
        let fill = try #require(canvas.fills.first)
        let arrow = try #require(subpaths(fill.path).first)
        #expect(distance(arrow[3], Point(50 + 120, 350 - 180)) < 1e-9)
        // Shaft width: 0.005 of the 400-point plot area = 2 points.
        #expect(abs(distance(arrow[0], arrow[6]) - 2) < 1e-9)
    }

    @Test func anglesXYFollowTheAxesScalingAndUVTheScreen() throws {
        func tipDirection(_ angles: QuiverMark.Angles) throws -> (Double, Double) {
            let canvas = RecordingCanvas(width: 500, height: 500)
            QuiverMark(x: [10], y: [5], u: [1], v: [1], angles: angles, scale: .perAxesWidth(10)).draw(
                in: context(canvas))
            let fill = try #require(canvas.fills.first)
            let arrow = try #require(subpaths(fill.path).first)
            let tail = Point(150, 200), tip = arrow[3]
            let d = distance(tail, tip)
            // Length: |uv| / scale axes widths = sqrt(2) / 10 × 400 points.
            #expect(abs(d - 2.squareRoot() / 10 * 400) < 1e-9)
            return ((tip.x - tail.x) / d, (tip.y - tail.y) / d)
        }
        let xy = try tipDirection(.xy)  // screen (10, -30) normalised
        #expect(abs(xy.0 - 10 / 1000.0.squareRoot()) < 1e-9 && abs(xy.1 + 30 / 1000.0.squareRoot()) < 1e-9)
        let uv = try tipDirection(.uv)  // 45° on screen
        #expect(abs(uv.0 - 0.5.squareRoot()) < 1e-9 && abs(uv.1 + 0.5.squareRoot()) < 1e-9)
    }

    @Test func zeroVectorsAreDotsAndNaNVectorsAreSkipped() throws {
        let canvas = RecordingCanvas(width: 500, height: 500)
        QuiverMark(x: [1, 2, 3], y: [1, 1, 1], u: [0, .nan, 1], v: [0, 1, 0], color: Color(hex: 0x666666))
            .draw(in: context(canvas))
        #expect(canvas.fills.count == 1)
        #expect(canvas.fills[0].color == Color(hex: 0x666666))
        let arrows = subpaths(canvas.fills[0].path)
        #expect(arrows.count == 2)
        #expect(arrows[0].count == 6)  // the dot, centred on (1, 1) → (60, 320)
        let cx = arrows[0].map(\.x).reduce(0, +) / 6, cy = arrows[0].map(\.y).reduce(0, +) / 6
        #expect(abs(cx - 60) < 1e-9 && abs(cy - 320) < 1e-9)
        #expect(arrows[1].count == 7)
    }

    @Test func arrowsAreLegendObstacles() {
        let canvas = RecordingCanvas(width: 500, height: 500)
        let mark = QuiverMark(x: [1, 2, 3], y: [1, 1, 1], u: [1, .nan, 1], v: [0, 1, 0])
        let obstacles = mark.obstaclePolylines(in: context(canvas))
        #expect(obstacles.count == 2 && obstacles.allSatisfy { $0.count == 7 })
    }

    @Test func boundsAreThePositionsAndBadInputIsReported() {
        let mark = QuiverMark(x: [0, 4], y: [-1, 2], u: [100, 0], v: [0, 100])
        #expect(mark.dataBounds == DataBounds(xMin: 0, xMax: 4, yMin: -1, yMax: 2))
        #expect(throws: PlotError.self) { try QuiverMark(x: [0, 1], y: [0], u: [0, 1], v: [0, 1]).validate() }
        #expect(throws: PlotError.self) { try QuiverMark(x: [], y: [], u: [], v: []).validate() }
        #expect(throws: PlotError.self) { try QuiverMark(x: [0], y: [0], u: [1], v: [1], scale: .data(0)).validate() }
        #expect(throws: PlotError.self) {
            try QuiverMark(gridX: [0, 1], gridY: [0], u: [[1, 1]], v: [[1]]).validate()
        }
        // Invalid input draws nothing rather than trapping.
        let canvas = RecordingCanvas(width: 500, height: 500)
        QuiverMark(x: [0, 1], y: [0], u: [0, 1], v: [0, 1]).draw(in: context(canvas))
        #expect(canvas.fills.isEmpty)
    }
}
