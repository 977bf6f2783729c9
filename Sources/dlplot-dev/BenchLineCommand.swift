import ArgumentParser
import DLPlotCLI
import FileOutput
import ImageComparison
import Platform
import Plotting
import PlottingCairo

/// `dlplot-dev bench-line` (for `make bench`): a long line rendered in process to a 640 × 480 PNG.
///
/// The data is a densely sampled smooth curve, y = sin(x) + 0.1 sin(37x) on [0, 20] — what a long series
/// (a loss curve, a fine function sample) looks like. Prints the time of `Figure.render(as: .png)`
/// (best and median of `--repeat` runs). With `--check`, also renders the same line without simplification
/// and compares the pixels.
struct BenchLineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-line",
        abstract: "Benchmark: render an N-point line to a 640×480 PNG in process and print the time.")

    @Option(help: "Number of points (2…20,000,000).")
    var points = 1_000_000

    @Option(name: .customLong("repeat"), help: "Timed renders (1…100).")
    var repetitions = 5

    @Option(help: "Also write the PNG here.")
    var out: String?

    @Flag(help: "Compare with the unsimplified drawing (decoded pixels).")
    var check = false

    func validate() throws {
        guard (2...20_000_000).contains(points) else {
            throw ValidationError("--points \(points) is not allowed; use 2…20000000")
        }
        guard (1...100).contains(repetitions) else {
            throw ValidationError("--repeat \(repetitions) is not allowed; use 1…100")
        }
    }

    func run() throws {
        let n = points
        let xs = (0..<n).map { 20 * Double($0) / Double(n - 1) }
        let ys = xs.map { sin($0) + 0.1 * sin(37 * $0) }
        let figure = Figure(Axes(marks: [LineMark(x: xs, y: ys)], title: "\(n) points", xLabel: "x", yLabel: "y"))
        var times: [Double] = []
        var png: [UInt8] = []
        for _ in 0..<repetitions {
            let start = monotonicSeconds()
            png = try figure.render(as: .png)
            times.append((monotonicSeconds() - start) * 1000)
        }
        times.sort()
        try StandardStreams.writeLine(
            "bench-line: \(n) points → 640×480 PNG (\(png.count) bytes): best \(format(times[0])) ms, "
                + "median \(format(times[times.count / 2])) ms over \(repetitions) runs")
        if let out { try AtomicFile.write(png, to: out) }
        if check {
            var reference = figure
            reference.panels = [
                Axes(marks: [UnsimplifiedLine(x: xs, y: ys)], title: "\(n) points", xLabel: "x", yLabel: "y")
            ]
            let start = monotonicSeconds()
            let full = try reference.render(as: .png)
            let fullTime = (monotonicSeconds() - start) * 1000
            let result = PixelComparator().compare(
                expected: try PNGCodec.decode(full, name: "unsimplified"),
                actual: try PNGCodec.decode(png, name: "simplified"), tolerance: nil)
            try StandardStreams.writeLine(
                "bench-line: unsimplified \(format(fullTime)) ms; simplified vs unsimplified: "
                    + "\(result.differingPixels) pixels differ, largest channel difference \(result.maxDifference)")
        }
    }

    private func format(_ ms: Double) -> String {
        let tenths = (ms * 10).rounded() / 10
        return "\(tenths)"
    }
}

/// A line drawn through every point with no simplification: the reference for `bench-line --check`.
/// Same look as `LineMark` (cycle colour, theme width, solid style), same clipping and gaps.
private struct UnsimplifiedLine: Mark {
    let x: [Double]
    let y: [Double]
    var dataBounds: DataBounds? { DataBounds.of(xs: x, ys: y) }
    var usesColorCycle: Bool { true }
    func draw(in context: MarkContext) {
        let width = context.theme.lineWidth
        let lines = PolylineBuilder.polylines(
            xs: x, ys: y, context: context, clipMargin: 10 + 2 * width, simplify: false)
        context.canvas.stroke(
            PolylineBuilder.path(lines),
            style: LineStyle.solid.strokeStyle(color: context.cycleColor, width: width, theme: context.theme))
    }
    func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? { nil }
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}
