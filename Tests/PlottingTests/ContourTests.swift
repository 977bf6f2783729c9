import Testing

@testable import Plotting

/// A grid of x² + y² over -2...2 with step `h`.
private func paraboloid(step h: Double = 0.1) throws -> ScalarGrid {
    let n = Int((4 / h).rounded()) + 1
    let axis = (0..<n).map { -2 + Double($0) * h }
    return try ScalarGrid(x: axis, y: axis) { x, y in x * x + y * y }
}

/// The signed area of a closed polygon (shoelace).
private func area(_ line: ContourLine) -> Double {
    var a = 0.0
    for i in 0..<line.count {
        let j = (i + 1) % line.count
        a += line.xs[i] * line.ys[j] - line.xs[j] * line.ys[i]
    }
    return a / 2
}

@Suite struct MarchingSquaresTests {
    @Test func circlesOfAParaboloidAreClosedAndOnTheirRadius() throws {
        let grid = try paraboloid()
        for level in [0.3, 1.0, 2.5] {
            let lines = MarchingSquares.lines(of: grid, level: level)
            #expect(lines.count == 1)
            let line = try #require(lines.first)
            #expect(line.isClosed)
            #expect(line.count > 20)
            let radius = level.squareRoot()
            for i in 0..<line.count {
                let r = (line.xs[i] * line.xs[i] + line.ys[i] * line.ys[i]).squareRoot()
                #expect(abs(r - radius) < 0.01, "level \(level): vertex at radius \(r)")
            }
            #expect(abs(abs(area(line)) - Double.pi * level) < 0.02 * Double.pi * level)
        }
    }

    @Test func levelsLeavingTheGridGiveOpenLinesEndingOnTheBorder() throws {
        let grid = try paraboloid()
        // r = 2.5 > 2: four arcs cut by the square's sides.
        let lines = MarchingSquares.lines(of: grid, level: 6.25)
        #expect(lines.count == 4)
        for line in lines {
            #expect(!line.isClosed)
            for end in [0, line.count - 1] {
                #expect(abs(line.xs[end]) == 2 || abs(line.ys[end]) == 2)
            }
        }
    }

    @Test func saddleFollowsTheCentreAverage() throws {
        // Corners (0,0) and (1,1) are 1, the other two 0: the centre averages 0.5.
        let grid = try ScalarGrid(x: [0, 1], y: [0, 1], z: [[1, 0], [0, 1]])
        // Level 0.6: the centre is below, so each high corner is cut off on its own.
        let high = MarchingSquares.lines(of: grid, level: 0.6)
        #expect(high.count == 2)
        for line in high {
            let cx = (line.xs[0] + line.xs[1]) / 2, cy = (line.ys[0] + line.ys[1]) / 2
            // Each segment sits near (0,0) or (1,1): x and y on the same side of the centre.
            #expect((cx - 0.5) * (cy - 0.5) > 0)
        }
        // Level 0.4: the centre is above, so the high corners join and the low corners are cut off.
        let low = MarchingSquares.lines(of: grid, level: 0.4)
        #expect(low.count == 2)
        for line in low {
            let cx = (line.xs[0] + line.xs[1]) / 2, cy = (line.ys[0] + line.ys[1]) / 2
            #expect((cx - 0.5) * (cy - 0.5) < 0)
        }
    }

    @Test func cellsWithNoDataProduceNoSegments() throws {
        let axis = (0..<21).map { -2 + Double($0) * 0.2 }
        var z = axis.map { y in axis.map { x in x * x + y * y } }
        z[15][10] = .nan  // the grid point (0, 1), which lies on the level-1 circle
        let grid = try ScalarGrid(x: axis, y: axis, z: z)
        let lines = MarchingSquares.lines(of: grid, level: 1)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(!line.isClosed)
        for i in 0..<line.count {
            // No vertex inside the four cells around (0, 1): |x| < 0.2 and 0.8 < y < 1.2 strictly.
            let inside = abs(line.xs[i]) < 0.2 - 1e-9 && line.ys[i] > 0.8 + 1e-9 && line.ys[i] < 1.2 - 1e-9
            #expect(!inside)
        }
        #expect(MarchingSquares.lines(of: grid, level: .nan).isEmpty)
    }

    @Test func gridInputIsChecked() {
        #expect(throws: PlotError.self) { try ScalarGrid(x: [0], y: [0, 1], z: [[0], [1]]) }
        #expect(throws: PlotError.self) { try ScalarGrid(x: [0, 1], y: [0, 1], z: [[0, 1]]) }
        #expect(throws: PlotError.self) { try ScalarGrid(x: [0, 1], y: [0, 1], z: [[0, 1], [1]]) }
        #expect(throws: PlotError.self) { try ScalarGrid(x: [0, .nan], y: [0, 1], z: [[0, 1], [1, 2]]) }
    }
}

private let axis41 = (0...40).map { -2 + Double($0) * 0.1 }

@Suite struct ContourMarkTests {
    @Test func automaticLevelsAreMatplotlibs() throws {
        // matplotlib 3.11 prints levels [0 … 8] for contour of x² + y² on [-2, 2]².
        let mark = ContourMark(x: axis41, y: axis41, sampling: { $0 * $0 + $1 * $1 })
        #expect(try mark.resolvedLevels() == [0, 1, 2, 3, 4, 5, 6, 7, 8])
        // MaxNLocator(8) on 0.1...0.93: the raw step 0.104 rounds up to 0.2.
        let levels = ContourLevels.automatic.resolve(for: 0.1...0.93)
        #expect(levels.count == 4 && zip(levels, [0.2, 0.4, 0.6, 0.8]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(ContourLevels.automatic(count: 3).resolve(for: -1...1) == [-1, -0.5, 0, 0.5, 1])
        #expect(ContourLevels.automatic.resolve(for: 2...2).isEmpty)
        #expect(!ContourLevels.automatic(count: .max).resolve(for: 0...1).isEmpty)  // clamped, no overflow
        #expect(ContourLevels.automatic.resolve(for: nil).isEmpty)
        #expect(ContourLevels.values([3, .nan, 1]).resolve(for: nil) == [1, 3])
        // The extreme levels touch the data only at single points, so they draw nothing.
        let lines = try mark.lines()
        #expect(lines.first?.lines.isEmpty == true && lines.last?.lines.isEmpty == true)
        #expect(lines[1].lines.count == 1 && lines[1].lines[0].isClosed)
    }

    private func draw(_ mark: ContourMark) throws -> RecordingCanvas {
        var axes = Axes(marks: [mark])
        axes.xLimits = -2...2
        axes.yLimits = -2...2
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        return canvas
    }

    @Test func levelsAreColouredFromTheColormap() throws {
        let canvas = try draw(ContourMark(x: axis41, y: axis41, sampling: { $0 * $0 + $1 * $1 }))
        let colors = Set(canvas.strokes.map(\.style.color))
        for level in 1...7 { #expect(colors.contains(Colormap.viridis.color(at: Double(level) / 8))) }
        #expect(!canvas.texts.contains { $0.horizontal == .center && $0.vertical == .center })
    }

    @Test func negativeLevelsAreDashedInASingleColour() throws {
        let canvas = try draw(
            ContourMark(
                x: axis41, y: axis41, sampling: { $0 * $1 }, levels: .values([-1, 1]),
                coloring: .single(.black)))
        let styles = canvas.strokes.filter { $0.style.color == .black && $0.style.width == 1.5 }.map(\.style)
        #expect(styles.contains { !$0.dash.isEmpty } && styles.contains { $0.dash.isEmpty })
    }

    @Test func inlineLabelsBreakTheLineAndFollowIt() throws {
        let mark = ContourMark(
            x: axis41, y: axis41, sampling: { $0 * $0 + $1 * $1 }, levels: .values([1]),
            coloring: .single(.black), labels: .init())
        let canvas = try draw(mark)
        let labels = canvas.texts.filter { $0.horizontal == .center && $0.vertical == .center }
        #expect(labels.count == 1)
        let text = try #require(labels.first)
        #expect(text.text == "1")
        #expect(text.rotation > -90 && text.rotation <= 90)
        // The label sits on the circle and the circle is no longer closed.
        let circle = canvas.strokes.filter { $0.style.color == .black && $0.style.width == 1.5 }
        #expect(circle.count == 1)
        #expect(!circle[0].path.elements.contains(.close))
        // The gap: the distance between the open ends is about the label width plus the spacing.
        let ends = circle[0].path.elements.compactMap { e -> Point? in
            switch e {
            case let .move(p), let .line(p): p
            default: nil
            }
        }
        let first = try #require(ends.first), last = try #require(ends.last)
        let gap = ((first.x - last.x) * (first.x - last.x) + (first.y - last.y) * (first.y - last.y)).squareRoot()
        let width = canvas.measureText("1", font: text.font).width
        #expect(gap > width && gap < width + 2 * 3.6 + 1)
        let mid = Point((first.x + last.x) / 2, (first.y + last.y) / 2)
        #expect(abs(mid.x - text.position.x) < 3 && abs(mid.y - text.position.y) < 3)
    }

    @Test func contourLinesAreLegendObstacles() throws {
        let mark = ContourMark(x: axis41, y: axis41, sampling: { $0 * $0 + $1 * $1 }, levels: .values([1, 2]))
        let canvas = RecordingCanvas(width: 400, height: 400)
        let context = MarkContext(
            canvas: canvas, plotArea: Rect(x: 0, y: 0, width: 400, height: 400),
            transform: { x, y in Point(200 + 100 * x, 200 - 100 * y) },
            dataPerPoint: (0.01, 0.01), theme: Theme(), cycleColor: .black)
        let obstacles = mark.obstaclePolylines(in: context)
        #expect(obstacles.count == 2)
        for (line, radius) in zip(obstacles, [100.0, 100 * 2.0.squareRoot()]) {
            #expect(
                line.allSatisfy {
                    abs(((($0.x - 200) * ($0.x - 200) + ($0.y - 200) * ($0.y - 200))).squareRoot() - radius) < 1.5
                })
        }
    }

    @Test func badInputIsReportedAndDrawsNothing() throws {
        #expect(throws: PlotError.self) { try ContourMark(x: [0, 1], y: [0, 1], z: [[0, 1]]).validate() }
        #expect(throws: PlotError.self) {
            try ContourMark(x: [0, 1], y: [0, 1], z: [[0, 1], [1, 2]], levels: .automatic(count: 0)).validate()
        }
        let allNaN = ContourMark(x: [0, 1], y: [0, 1], z: [[.nan, .nan], [.nan, .nan]])
        #expect(try allNaN.lines().allSatisfy { $0.lines.isEmpty })
    }
}
