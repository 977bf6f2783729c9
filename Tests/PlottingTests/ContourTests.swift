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
        z[15][10] = .nan   // the grid point (0, 1), which lies on the level-1 circle
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
