import Core
import Plotting

/// One gradient-descent panel as figure 4-10 draws it: the path as 'o' markers, the blue dashed axes
/// x0 = 0 and x1 = 0 over -5…5 (`'--b'`), dashed contour lines of f behind (the circles of the book's
/// figure), limits -3.5…3.5 × -4.5…4.5 widened to hold the path; the aspect as asked, or equal unless the
/// path ran far away in one direction.
struct DescentPanel {
    let function: MathExpression
    let run: GradientDescentRun
    /// The limits that hold every point of the run (an animation's axes, the same in every frame), found once.
    let runLimits: (x: ClosedRange<Double>, y: ClosedRange<Double>)

    /// The points the book plots: the point before each update (`x_history`), so `steps` points for a
    /// completed run; every finite point for a diverged one.
    var plottedPath: [[Double]] {
        run.diverged ? run.path : Array(run.path.prefix(run.steps))
    }

    /// Runs the descent from `--init` with the given learning rate and `--steps`.
    init(_ values: ParameterValues, learningRate: Double) throws {
        function = values.expression(.f)
        let f = function
        let run = try gradientDescent(
            of: { f($0) }, from: values.numbers(.`init`), learningRate: learningRate,
            steps: values.integer(.steps))
        self.run = run
        runLimits = (
            Self.widen(-3.5...3.5, toHold: run.path.map { $0[0] }),
            Self.widen(-4.5...4.5, toHold: run.path.map { $0[1] })
        )
    }

    /// The most points an animation frame's trail is drawn through: a frame of a million-update run samples
    /// its trail evenly (the CSV has every point), so each frame costs the same whatever `--steps` is.
    static let maximumTrailPoints = 4000

    /// A warning when the run overflowed.
    var warning: String? {
        guard let step = run.divergedAtStep else { return nil }
        return
            "learning rate \(format(run.learningRate)) diverged: update \(step) overflowed to infinity or NaN; drawing the \(run.path.count) finite points before it"
    }

    /// The panel, titled `title`, with the lines of `note` written inside it at the left, in the `aspect`
    /// given (nil: equal where the limits allow it). `showing` draws only the first points of the run (positions
    /// after 0, 1, … updates, the earlier ones as the trail) with the last of them marked in red, in limits and
    /// contours fitted to the whole run, so that the frames of an animation share one set of axes.
    func axes(
        title: Label?, note: [String] = [], aspect requested: Aspect? = nil, language: Language,
        showing shown: Int? = nil
    ) throws -> Axes {
        let whole = shown == nil ? plottedPath : run.path
        let path =
            shown.map { count in
                Self.evenlySpacedIndices(
                    count: min(max(count, 1), run.path.count), keeping: Self.maximumTrailPoints
                ).map { run.path[$0] }
            } ?? whole
        let xs = path.map { $0[0] }, ys = path.map { $0[1] }
        let (xLimits, yLimits) =
            shown == nil
            ? (Self.widen(-3.5...3.5, toHold: whole.map { $0[0] }), Self.widen(-4.5...4.5, toHold: whole.map { $0[1] }))
            : runLimits
        let width = xLimits.upperBound - xLimits.lowerBound, height = yLimits.upperBound - yLimits.lowerBound
        // Circles should look like circles; but a path that ran far away in one direction would make an
        // equal-aspect panel a sliver, and its contours are invisible at that scale anyway.
        let balanced = max(width / height, height / width) <= 4
        let aspect = requested ?? (balanced ? .equal : .auto)
        let markerIndices = Self.evenlySpacedIndices(count: path.count, keeping: Self.maximumMarkers)
        let contourIndices = Self.evenlySpacedIndices(count: whole.count, keeping: Self.maximumMarkers)
        var marks: [any Mark] =
            balanced ? try contours(x: xLimits, y: yLimits, through: contourIndices.map { whole[$0] }) : []
        let axisSpanX = min(-5, xLimits.lowerBound)...max(5, xLimits.upperBound)
        let axisSpanY = min(-5, yLimits.lowerBound)...max(5, yLimits.upperBound)
        marks.append(
            ReferenceLine.vertical(
                0, from: axisSpanY.lowerBound, to: axisSpanY.upperBound, color: BookStyle.pureBlue, style: .dashed))
        marks.append(
            ReferenceLine.horizontal(
                0, from: axisSpanX.lowerBound, to: axisSpanX.upperBound, color: BookStyle.pureBlue, style: .dashed))
        if path.count > Self.maximumMarkers {
            // Thousands of markers on top of one another teach nothing and make Cairo's fill quadratic: draw the
            // whole path as a thin line and markers at evenly spaced steps (the CSV has every point).
            marks.append(LineMark(x: xs, y: ys, color: BookStyle.blue, width: 0.8))
            marks.append(
                LineMark(
                    x: markerIndices.map { xs[$0] }, y: markerIndices.map { ys[$0] }, color: BookStyle.blue,
                    marker: MarkerStyle(.circle), drawsLine: false))
        } else {
            marks.append(LineMark(x: xs, y: ys, color: BookStyle.blue, marker: MarkerStyle(.circle), drawsLine: false))
        }
        if shown != nil, let last = path.last {
            marks.append(
                LineMark(
                    x: [last[0]], y: [last[1]], color: BookStyle.red,
                    marker: MarkerStyle(.circle, size: 9, edge: BookStyle.black), drawsLine: false))
        }
        // Lower left is empty for a path that approaches the minimum; a run-away path fills the corners.
        let noteY = aspect == .equal ? yLimits.lowerBound + 0.03 * height : yLimits.lowerBound + 0.5 * height
        for (index, line) in note.reversed().enumerated() {
            marks.append(
                TextMark(
                    Label(line), x: xLimits.lowerBound + 0.03 * width, y: noteY + Double(index) * 0.055 * height,
                    fontSize: 9, vertical: .bottom))
        }
        return Axes(
            marks: marks, title: title, xLabel: CommonText.x0, yLabel: CommonText.x1,
            xLimits: xLimits, yLimits: yLimits, aspect: aspect)
    }

    /// Dashed grey contour lines of f through some of the marked points (so each step visibly lands on a lower
    /// contour), sampled on a 121 × 121 grid over the limits.
    private func contours(x: ClosedRange<Double>, y: ClosedRange<Double>, through path: [[Double]]) throws -> [any Mark]
    {
        let f = function
        let levels = [0, 1, 2, 3, 5, 8, 13].filter { $0 < path.count }.map { f(path[$0]) }.filter(\.isFinite)
        guard !levels.isEmpty else { return [] }
        let n = 121
        let gx = (0..<n).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(n - 1) }
        let gy = (0..<n).map { y.lowerBound + (y.upperBound - y.lowerBound) * Double($0) / Double(n - 1) }
        let grid = try ScalarGrid(x: gx, y: gy, sampling: { f($0, $1) })
        return MarchingSquares.lines(of: grid, levels: levels).flatMap(\.lines).map { line in
            let closedX = line.isClosed ? line.xs + line.xs.prefix(1) : line.xs
            let closedY = line.isClosed ? line.ys + line.ys.prefix(1) : line.ys
            return LineMark(x: closedX, y: closedY, color: BookStyle.contourGrey, width: 1, style: .dashed)
        }
    }

    /// The most path points drawn as markers.
    static let maximumMarkers = 500

    /// `keeping` indices spread evenly over 0..<count, always including the first and the last.
    static func evenlySpacedIndices(count: Int, keeping: Int) -> [Int] {
        guard count > keeping, keeping > 1 else { return Array(0..<count) }
        return (0..<keeping).map { Int((Double($0) * Double(count - 1) / Double(keeping - 1)).rounded()) }
    }

    /// `base` widened to hold every finite value of `values` with a 5 % margin.
    static func widen(_ base: ClosedRange<Double>, toHold values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), low < base.lowerBound || high > base.upperBound else {
            return base
        }
        let lo = min(base.lowerBound, low), hi = max(base.upperBound, high)
        let pad = (hi - lo) * 0.05
        return (low < base.lowerBound ? lo - pad : lo)...(high > base.upperBound ? hi + pad : hi)
    }

    /// The CSV column of ``appendPath(to:leading:)``'s row number: row k holds the position after k updates
    /// (before update k + 1); the last row of a completed run is the position after the last update, the
    /// point the book's `gradient_descent` returns (and learning-rates prints).
    static let updatesColumn = "after_updates"

    /// Appends every point of the run to `table` as rows `leading…, k, x0, x1`, k the number of updates made:
    /// the plotted points (0 to steps − 1), then the final position (steps). A diverged run has only its
    /// finite points.
    func appendPath(to table: inout DataTable, leading: [Double] = []) {
        for (updates, point) in run.path.enumerated() { table.append(leading + [Double(updates), point[0], point[1]]) }
    }
}
