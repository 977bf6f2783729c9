import Core
import Plotting

extension GradientFieldFigure: AnimatedFigure {
    static let animationSummary = LocalizedText(
        ko: "기울기 화살표 위로 경사법의 경로가 한 걸음씩 그려진다", en: "A gradient-descent path drawn step by step over the arrows")

    /// Where the path starts, how fast and how far it goes: animation only (the still figure has no path).
    static let animationParameters = [
        ParameterSpec(
            .`init`, .numbers(.plottable, count: 2...2), default: "-1.8,1.6",
            help: "With --animate: the start x0,x1 of the descent path drawn over the arrows."),
        ParameterSpec(
            .lr, .number(.positive), default: "0.1", help: "With --animate: the learning rate η of the path."),
        ParameterSpec(
            .steps, .integer(1...1_000_000), default: "20",
            help: "With --animate: the number of updates (1 to 1000000)."
        ),
    ]

    /// The still figure's arrows, and over them the path from `--init` growing one update a frame (or `--frames`
    /// spread evenly), the current point marked and the update count and position in the title.
    static func animate(
        _ values: ParameterValues, timing: AnimationTiming, language: Language
    ) throws
        -> FigureAnimation
    {
        let still = try build(values, language: language)
        guard let field = still.figure.panels.first as? Axes else {
            throw ParameterError("gradient-field: the still figure has no axes to draw the path on")
        }
        let f = values.expression(.f)
        let run = try gradientDescent(
            of: { f($0) }, from: values.numbers(.`init`), learningRate: values.number(.lr),
            steps: values.integer(.steps))
        let path = run.path
        let frames = DescentFrames(path: path, timing: timing, language: language)
        let animation = Animation(
            frameCount: frames.moments.count, framesPerSecond: timing.framesPerSecond, hold: timing.hold,
            frameLabels: frames.labels, title: animationSummary(language)
        ) { frame in
            // The trail through at most `maximumTrailPoints` evenly spaced points (a million-update run stays fast).
            let shown = DescentPanel.evenlySpacedIndices(
                count: frames.moments[frame] + 1, keeping: DescentPanel.maximumTrailPoints
            ).map { path[$0] }
            let xs = shown.map { $0[0] }, ys = shown.map { $0[1] }
            var axes = field
            axes.title = frames.titles[frame]
            // Markers at no more than `maximumMarkers` of the trail's points: thousands on top of one another
            // teach nothing and cost Cairo a fill each.
            let marked = DescentPanel.evenlySpacedIndices(count: xs.count, keeping: DescentPanel.maximumMarkers)
            let markers = MarkerStyle(.circle, size: 4)
            if marked.count == xs.count {
                axes.marks.append(LineMark(x: xs, y: ys, color: BookStyle.blue, width: 1.5, marker: markers))
            } else {
                axes.marks.append(LineMark(x: xs, y: ys, color: BookStyle.blue, width: 1.5))
                axes.marks.append(
                    LineMark(
                        x: marked.map { xs[$0] }, y: marked.map { ys[$0] }, color: BookStyle.blue, marker: markers,
                        drawsLine: false))
            }
            axes.marks += [
                LineMark(
                    x: [xs[xs.count - 1]], y: [ys[ys.count - 1]], color: BookStyle.red,
                    marker: MarkerStyle(.circle, size: 9, edge: BookStyle.black), drawsLine: false)
            ]
            var figure = still.figure
            figure.panels = [axes]
            return figure
        }
        var data = DataTable(columns: [DescentPanel.updatesColumn, "x0", "x1"])
        for (updates, point) in path.enumerated() { data.append([Double(updates), point[0], point[1]]) }
        var warnings = still.warnings
        if let step = run.divergedAtStep {
            warnings.append(
                "learning rate \(format(run.learningRate)) diverged: update \(step) overflowed to infinity or NaN; drawing the \(path.count) finite points before it"
            )
        }
        return FigureAnimation(animation: animation, data: data, warnings: warnings)
    }
}
