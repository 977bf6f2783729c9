import Testing

@testable import Plotting

private let axis = Array(stride(from: -2.0, through: 2.0, by: 0.25))
private let paraboloid = SurfaceGrid(x: axis, y: axis) { x, y in x * x + y * y }

@Suite struct Camera3DTests {
    /// Limits mplot3d 3.11 chooses for `plot_surface` of x² + y² on [-2, 2]²: ±2.2917 and -0.1667...8.1667.
    private let limits: [ClosedRange<Double>] = [
        -2.291666666666667...2.291666666666667,
        -2.291666666666667...2.291666666666667,
        -0.16666666666666666...8.166666666666666,
    ]

    @Test func perspectiveMatchesMplot3dDefaultView() {
        // Values printed by matplotlib 3.11's proj3d.proj_transform with ax.get_proj() (elev 30, azim -60).
        let camera = Camera3D(limits: limits)
        let cases: [(Vector3, Double, Double, Double)] = [
            (Vector3(1, 2, 3), 0.04691660862472777, 0.0065066346844176864, -0.9679875869425038),
            (Vector3(-2, -2, 0), -0.07061200331297487, -0.04639234306968773, -0.9950627980974879),
            (Vector3(2, 2, 8), 0.07131620835208649, 0.046855008342347654, -1.0049864400248674),
        ]
        for (p, x, y, depth) in cases {
            let q = camera.project(p)
            #expect(abs(q.x - x) < 1e-12 && abs(q.y - y) < 1e-12 && abs(q.depth - depth) < 1e-12, "\(p) → \(q)")
        }
    }

    @Test func orthographicMatchesMplot3d() {
        let camera = Camera3D(limits: limits, projection: .orthographic)
        let q = camera.project(Vector3(1, 2, 3))
        #expect(abs(q.x - 0.048468192420647746) < 1e-12 && abs(q.y - 0.006721816242468165) < 1e-12)
        #expect(abs(q.depth - 1.0330710987303164) < 1e-12)
    }

    @Test func sideViewLooksAlongX() {
        // elev 0, azim 0: the viewer is on +x, screen right is +y and screen up is +z.
        let camera = Camera3D(limits: [0...1, 0...1, 0...1], elevation: 0, azimuth: 0, projection: .orthographic)
        let centre = camera.project(Vector3(0.5, 0.5, 0.5))
        let right = camera.project(Vector3(0.5, 1, 0.5)), top = camera.project(Vector3(0.5, 0.5, 1))
        let front = camera.project(Vector3(1, 0.5, 0.5))
        #expect(abs(centre.x) < 1e-12 && abs(centre.y) < 1e-12)
        #expect(abs(right.x - Camera3D.defaultBox.y / 20) < 1e-12 && abs(right.y) < 1e-12)
        #expect(abs(top.y - Camera3D.defaultBox.z / 20) < 1e-12 && abs(top.x) < 1e-12)
        #expect(front.depth < centre.depth)  // nearer the viewer: smaller depth
    }

    @Test func automaticLimitsFollowMplot3d() {
        let limits = Axes3D(marks: [SurfaceMark(grid: paraboloid)]).limits()
        for (got, want) in zip(limits, self.limits) {
            #expect(abs(got.lowerBound - want.lowerBound) < 1e-12 && abs(got.upperBound - want.upperBound) < 1e-12)
        }
    }
}

@Suite struct SurfaceTests {
    @Test func farFacesAreDrawnFirst() throws {
        // Two faces side by side along y; from azimuth -60 the viewer is on the -y side, so the face at
        // larger y is farther and must be filled first.
        let grid = SurfaceGrid(x: [0, 1], y: [0, 1, 2], z: [[0, 0], [0, 0], [0, 0]])
        let axes = Axes3D(marks: [SurfaceMark(grid: grid, coloring: .flat(Color(hex: 0x336699)))])
        let sorted = axes.sortedPrimitives(camera: axes.camera(), theme: Theme())
        #expect(sorted.count == 2)
        let meanY = sorted.map { $0.primitive.points.reduce(0) { $0 + $1.y } / 4 }
        #expect(meanY == [1.5, 0.5])

        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        let faceFills = canvas.fills.filter { $0.color == Color(hex: 0x336699) }
        #expect(faceFills.count == 2)
        // The first face filled is the one whose points are higher on the screen (farther, at larger y).
        let firstTop = faceFills[0].path.elements.compactMap { if case let .move(p) = $0 { p.y } else { nil } }
        let secondTop = faceFills[1].path.elements.compactMap { if case let .move(p) = $0 { p.y } else { nil } }
        #expect(firstTop[0] < secondTop[0])
    }

    @Test func facesWithNonFiniteCornersAreSkipped() {
        var z = axis.map { y in axis.map { x in x * x + y * y } }
        z[3][4] = .nan
        z[10][10] = .infinity
        let surface = SurfaceMark(grid: SurfaceGrid(x: axis, y: axis, z: z))
        // 16 × 16 faces, minus the 4 around each bad point.
        #expect(surface.faces().count == 256 - 8)
        #expect(surface.faces().allSatisfy { $0.allSatisfy(\.isFinite) })
    }

    @Test func colormapColoursFollowMeanHeight() throws {
        let prims = SurfaceMark(grid: paraboloid, coloring: .colormap(.viridis)).primitives(
            theme: Theme(), cycleColor: .black)
        let heights = prims.map { p in p.points.reduce(0) { $0 + $1.z } / Double(p.points.count) }
        let low = try #require(heights.indices.min { heights[$0] < heights[$1] })
        let high = try #require(heights.indices.max { heights[$0] < heights[$1] })
        guard case let .polygon(lowest, _) = prims[low].kind, case let .polygon(highest, _) = prims[high].kind else {
            Issue.record("surface faces are polygons")
            return
        }
        #expect(lowest == Colormap.viridis.color(at: 0))
        #expect(highest == Colormap.viridis.color(at: 1))
    }

    @Test func shadingFollowsMatplotlibsLight() {
        // A flat horizontal face: cos = sin(19.4712°) ≈ 1/3, brightness 0.3 + 0.7 × (1/3 + 1) / 2 ≈ 0.7667.
        let k = LightSource.mplot3d.brightness(normal: Vector3(0, 0, 1))
        #expect(abs(k - (0.3 + 0.7 * (1 + 0.3333333) / 2)) < 1e-6)
        let grid = SurfaceGrid(x: [0, 1], y: [0, 1], z: [[0, 0], [0, 0]])
        let prims = SurfaceMark(grid: grid, coloring: .shaded(Color(red: 1, green: 0.5, blue: 0)))
            .primitives(theme: Theme(), cycleColor: .black)
        guard case let .polygon(fill, _)? = prims.first?.kind else {
            Issue.record("one face")
            return
        }
        #expect(abs(fill.red - k) < 1e-12 && abs(fill.green - 0.5 * k) < 1e-12 && fill.blue == 0)
        // A face rising towards +x has its normal tilted towards -x, nearer the light from azimuth 225° (-x, -y).
        let tilted = LightSource.mplot3d.brightness(
            normal: SurfaceMark.normal(of: [
                Vector3(0, 0, 0), Vector3(1, 0, 1), Vector3(1, 1, 1), Vector3(0, 1, 0),
            ]))
        #expect(tilted > k)
    }

    @Test func wireframeHasRowAndColumnLinesWithStrides() {
        let lines = WireframeMark(grid: paraboloid, rowStride: 4, columnStride: 0).lines()
        #expect(lines.count == 5)  // rows 0, 4, 8, 12, 16; no column lines
        #expect(lines.allSatisfy { $0.count == 17 })
        let prims = WireframeMark(grid: paraboloid).primitives(theme: Theme(), cycleColor: .black)
        #expect(prims.count == 2 * 17 * 16)
    }

    @Test func theZLabelReadsBottomToTopWhereverTheCameraTurns() throws {
        // A turning camera (the surface-3d animation): the z edge leans a little either way of vertical, and its
        // label must not flip over to read top to bottom.
        for azimuth in stride(from: -180.0, to: 180, by: 10) {
            let axes = Axes3D(marks: [SurfaceMark(grid: paraboloid)], zLabel: "f(x_0, x_1)", azimuth: azimuth)
            let canvas = RecordingCanvas(width: 460.8, height: 345.6)
            try Figure(axes).draw(on: canvas)
            let label = try #require(canvas.texts.first { $0.text == "f(x_0, x_1)" })
            #expect(label.rotation > 60 && label.rotation < 120, "azimuth \(azimuth): rotation \(label.rotation)")
        }
    }

    @Test func tickLabelsAreThinnedUntilTheyDoNotOverlap() throws {
        let grid = SurfaceGrid(x: axis, y: axis) { x, y in 10 * x * y }
        for (elevation, azimuth, size) in [(30.0, -60.0, 4.8), (10, 120, 2.5), (60, 30, 2.5)] {
            let axes = Axes3D(marks: [WireframeMark(grid: grid)], elevation: elevation, azimuth: azimuth)
            let canvas = RecordingCanvas(width: size * 72, height: size * 72)
            try Figure(axes, width: size, height: size).draw(on: canvas)
            let boxes = canvas.texts.filter { $0.horizontal == .center && $0.vertical == .center }.map(
                canvas.bounds(of:))
            #expect(boxes.count >= 6)
            for (i, a) in boxes.enumerated() {
                for b in boxes[(i + 1)...] {
                    let overlap = a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
                    #expect(!overlap, "elev \(elevation) azim \(azimuth): \(a) overlaps \(b)")
                }
            }
        }
        // At matplotlib's default size the default view keeps mplot3d's one-unit steps.
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(Axes3D(marks: [SurfaceMark(grid: paraboloid)])).draw(on: canvas)
        let labels = canvas.texts.filter { $0.horizontal == .center && $0.vertical == .center }.map(\.text)
        #expect(labels.filter { $0 == "8" }.count == 1 && labels.filter { $0 == "7" }.count == 1)
    }

    @Test func colorbarShowsTheSurfacesColourScale() throws {
        let surface = SurfaceMark(grid: paraboloid, coloring: .colormap(.viridis))
        let scale = try #require(surface.colorScale)
        #expect(scale.range.lowerBound == 0.0625 && scale.range.upperBound == 7.0625)  // face means of x² + y²
        let axes = Axes3D(marks: [surface], colorbar: Colorbar(shrink: 0.5, label: "f"))
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        // 256 bands from the bottom (viridis at 0) to the top (viridis at 1), right of the 3-D square.
        let bandColors = Set((0..<256).map { Colormap.viridis.color(at: (Double($0) + 0.5) / 256) })
        let bands = canvas.fills.filter { bandColors.contains($0.color) }
        let first = try #require(bands.first), last = try #require(bands.last)
        #expect(bands.count == 256)
        func top(_ p: Path) -> Double {
            p.elements.compactMap { if case let .move(q) = $0 { q.y } else { nil } }.first ?? 0
        }
        #expect(top(first.path) > top(last.path))
        #expect(abs(first.color.red - Colormap.viridis.color(at: 0.5 / 256).red) < 1e-12)
        let labels = canvas.texts.filter { $0.horizontal == .left }.map(\.text)
        #expect(labels == ["2", "4", "6"])
        #expect(canvas.texts.contains { $0.text == "f" && $0.rotation == 90 })
        #expect(throws: PlotError.self) { try Axes3D(colorbar: Colorbar(shrink: 0)).validate() }
    }

    @Test func largeValuesShowTheirMultiplier() throws {
        let grid = SurfaceGrid(x: axis, y: axis) { x, y in 1e7 * (x * x + y * y) }
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(Axes3D(marks: [SurfaceMark(grid: grid, coloring: .colormap(.viridis))], colorbar: Colorbar()))
            .draw(on: canvas)
        // Once on the z axis and once above the colour bar.
        #expect(canvas.texts.filter { $0.text == "1e7" }.count == 2)
    }

    @Test func badInputIsReported() {
        #expect(throws: PlotError.self) {
            try SurfaceMark(grid: SurfaceGrid(x: [0], y: [0, 1], z: [[0], [1]])).validate()
        }
        #expect(throws: PlotError.self) {
            try SurfaceMark(grid: SurfaceGrid(x: [0, 1], y: [0, 1], z: [[0, 1]])).validate()
        }
        #expect(throws: PlotError.self) { try Axes3D(elevation: .nan).validate() }
        #expect(throws: PlotError.self) { try Axes3D(projection: .perspective(focalLength: 0)).validate() }
        #expect(throws: PlotError.self) { try WireframeMark(grid: paraboloid, rowStride: -1).validate() }
    }
}
