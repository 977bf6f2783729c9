import Testing

@testable import Plotting

/// Finite values at the edge of the Double range (±1e308, spans that overflow, subnormals): no trap, no
/// endless loop, and a drawing that still shows the data.
@Suite struct ExtremeValueTests {
    private let side = Array(stride(from: -3.0, through: 3.25, by: 0.25))

    /// The crash of issue 10: z = 1e308·x0 is finite where drawn, but its range is wider than the largest
    /// Double; the z limits trapped (`Range requires lowerBound <= upperBound`).
    @Test func surfaceWhoseRangeOverflowsIsDrawn() throws {
        let grid = SurfaceGrid(x: side, y: side) { x0, _ in 1e308 * x0 }
        let axes = Axes3D(
            marks: [SurfaceMark(grid: grid, coloring: .colormap(.viridis))], xLabel: "x0", yLabel: "x1", zLabel: "z")
        for limit in axes.limits() {
            #expect(limit.lowerBound.isFinite && limit.upperBound.isFinite && limit.lowerBound < limit.upperBound)
        }
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        #expect(canvas.fills.count > 100)
        let texts = Set(canvas.texts.map(\.text))
        #expect(texts.isSuperset(of: ["x0", "x1", "z"]))
        let scale = try #require(SurfaceMark(grid: grid, coloring: .colormap(.viridis)).colorScale)
        #expect(scale.range.lowerBound < 0 && scale.range.upperBound > 0 && scale.range.upperBound.isFinite)
    }

    @Test func cameraMapsAnOverflowingSpanOntoTheBox() {
        let camera = Camera3D(limits: [-1e308...1e308, 0...1, -1.7e308...1.7e308])
        let world = camera.world(Vector3(1e308, 0.5, 0))
        #expect(abs(world.x - camera.box.x) < 1e-12 && abs(world.z - camera.box.z / 2) < 1e-12)
    }

    @Test func colorsSpreadOverAnOverflowingRange() {
        let map = Colormap.viridis
        #expect(map.color(for: -1e308, in: -1e308...1e308) == map.color(at: 0))
        #expect(map.color(for: 1e308, in: -1e308...1e308) == map.color(at: 1))
    }

    /// Vectors of 1e308: their squares overflow; the arrows must still have a direction and a length.
    @Test func hugeVectorsGiveArrowsNotDots() {
        let canvas = RecordingCanvas(width: 400, height: 300)
        let context = MarkContext(
            canvas: canvas, plotArea: Rect(x: 0, y: 0, width: 400, height: 300),
            transform: { x, y in Point(x * 10, 300 - y * 10) }, dataPerPoint: (0.1, 0.1),
            theme: Theme(), cycleColor: .black)
        for angles in [QuiverMark.Angles.xy, .uv] {
            let arrows = QuiverMark(
                x: [5, 10, 20], y: [5, 10, 20], u: [-1e308, -1e308, 1e308], v: [0, 1e308, 0], angles: angles)
            var widths: [Double] = []
            var xs: [Double] = []
            for element in arrows.arrowsPath(in: context).elements {
                if case let .move(p) = element { xs = [p.x] }
                if case let .line(p) = element { xs.append(p.x) }
                if case .close = element { widths.append((xs.max() ?? 0) - (xs.min() ?? 0)) }
            }
            #expect(widths.count == 3 && widths.allSatisfy { $0 > 10 }, "\(angles): \(widths)")
        }
    }

    @Test func locatorsStayBoundedAndFinite() {
        let ranges: [(Double, Double)] = [
            (-1e308, 1e308), (-.greatestFiniteMagnitude, .greatestFiniteMagnitude), (5e-324, 1e-323), (-0.0, 0),
            (1e308, .greatestFiniteMagnitude), (-.infinity, .infinity), (.nan, 1), (0, 5e-324), (1e-300, 2e-300),
        ]
        for (lo, hi) in ranges {
            let ticks = MaxNLocator().ticks(from: lo, to: hi)
            #expect(
                ticks.count <= 1000 && ticks.allSatisfy(\.isFinite) && ticks == ticks.sorted(),
                "\(lo)...\(hi): \(ticks)")
            let log = LogLocator().ticks(from: lo, to: hi)
            #expect(log.count <= 700 && log.allSatisfy { $0.isFinite && $0 > 0 }, "log \(lo)...\(hi)")
            #expect(LogLocator().minorTicks(from: lo, to: hi).count <= 8 * 12)
            let limits = AutoLimits.limits(dataLow: lo, dataHigh: hi, scale: .linear, margin: 0.05)
            #expect(
                limits.lower.isFinite && limits.upper.isFinite && limits.lower < limits.upper,
                "\(lo)...\(hi): \(limits)")
            let logLimits = AutoLimits.limits(dataLow: lo, dataHigh: hi, scale: .log, margin: 0.05)
            #expect(
                logLimits.lower > 0 && logLimits.upper.isFinite && logLimits.lower < logLimits.upper,
                "log \(lo)...\(hi): \(logLimits)")
            let labels = TickFormatter().labels(for: ticks, view: (lo, hi))
            #expect(labels.labels.count == ticks.count)
            if lo < hi {
                let levels = ContourLevels.automatic.resolve(for: lo...hi)
                #expect(levels.count <= 200 && levels.allSatisfy(\.isFinite))
            }
        }
    }

    @Test func aTwoDimensionalAxesOverTheWholeDoubleRangeDraws() throws {
        let xs = [-1e308, 0, 1e308], ys = [1.7e308, -1.7e308, 5e-324]
        let axes = Axes(marks: [LineMark(x: xs, y: ys), ScatterMark(x: xs, y: ys)])
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        #expect(canvas.strokes.contains { $0.path.elements.count >= 3 })
    }

    @Test func aFigureFarTooLargeIsRefusedNotTrapped() {
        var figure = Figure(Axes())
        figure.width = 1e200
        figure.height = 1e200
        #expect(throws: PlotError.self) { try figure.validate() }
    }

    @Test func panelsWithOnlyNaNDataAreFound() {
        let nan = Figure(panels: [
            Axes(marks: [LineMark(x: [0, 1, 2], y: [.nan, .infinity, .nan])]),
            Axes(marks: [LineMark(x: [0, 1], y: [1, 2])]),
            Axes(marks: [ReferenceLine.horizontal(0)]),
            Axes(marks: [LineMark(x: [0, 1, 2], y: [1, .nan, 2])]),
        ])
        #expect(nan.panelsWithNothingToDraw == [0, 3])
        let surface = Axes3D(marks: [SurfaceMark(grid: SurfaceGrid(x: side, y: side) { _, _ in .nan })])
        #expect(Figure(surface).panelsWithNothingToDraw == [0])
        let arrows = QuiverMark(x: [0, 1], y: [0, 1], u: [.nan, 1], v: [0, .infinity])
        #expect(Figure(Axes(marks: [arrows])).panelsWithNothingToDraw == [0])
    }
}

@Suite struct ExtremeColorbarTests {
    /// A colour bar over a range wider than the largest Double spreads its ticks along the bar (the span
    /// overflowed to infinity and put every tick at the bottom).
    @Test func colorbarTicksSpreadOverAnOverflowingRange() throws {
        let side = Array(stride(from: -3.0, through: 3.0, by: 0.5))
        let grid = SurfaceGrid(x: side, y: side) { x0, _ in 5e307 * x0 }
        let axes = Axes3D(marks: [SurfaceMark(grid: grid, coloring: .colormap(.viridis))], colorbar: Colorbar())
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        let tickLabels = canvas.texts.filter { $0.horizontal == .left }
        let heights = Set(tickLabels.map { ($0.position.y * 10).rounded() })
        #expect(tickLabels.count >= 3 && heights.count == tickLabels.count, "\(tickLabels.map(\.position.y))")
    }
}
