import Plotting

extension TrainingLossFigure: AnimatedFigure {
    static let animationSummary = LocalizedText(
        ko: "학습이 진행되며 손실 그래프가 자라는 모습", en: "The loss curves growing as training proceeds")

    /// 8 frames a second (each frame adds about 400 iterations), the last held 1 s.
    static var defaultTiming: AnimationTiming { AnimationTiming(framesPerSecond: 8, hold: 1) }

    /// Both panels grow together, 24 frames (or `--frames`) over all iterations; the axes are those of the
    /// finished figure throughout, and the title counts the iterations done.
    static func animate(
        _ values: ParameterValues, timing: AnimationTiming, language: Language
    ) throws
        -> FigureAnimation
    {
        let still = try build(values, language: language)
        let series = try TrainingSeriesSource.load(given: values.file(.series))
        let losses = series.losses
        let iterations = losses.indices.map(Double.init)
        let zoomed = min(values.integer(.first), losses.count)
        let moments = FrameSchedule.indices(frames: timing.frameCount(natural: 24), last: losses.count - 1).map {
            $0 + 1
        }
        let limits = (
            all: (x: FixedLimits.of(iterations), y: FixedLimits.of(losses)),
            first: (
                x: FixedLimits.of(Array(iterations.prefix(zoomed))), y: FixedLimits.of(Array(losses.prefix(zoomed)))
            )
        )
        let labels = moments.map { done in
            let loss = NumberText.short(losses[done - 1], digits: 4)
            return LocalizedText(
                ko: "\(NumberText.grouped(done))회 반복, 손실 \(loss)",
                en: "\(NumberText.grouped(done)) iterations, loss \(loss)")(language)
        }
        let animation = Animation(
            frameCount: moments.count, framesPerSecond: timing.framesPerSecond, hold: timing.hold,
            frameLabels: labels, title: animationSummary(language)
        ) { frame in
            let done = moments[frame]
            guard var all = still.figure.panels.first as? Axes, var first = still.figure.panels.last as? Axes else {
                return still.figure
            }
            all.marks = [LineMark(x: Array(iterations.prefix(done)), y: Array(losses.prefix(done)))]
            (all.xLimits, all.yLimits) = limits.all
            let zoomedDone = min(done, zoomed)
            first.marks = [LineMark(x: Array(iterations.prefix(zoomedDone)), y: Array(losses.prefix(zoomedDone)))]
            (first.xLimits, first.yLimits) = limits.first
            var figure = still.figure
            figure.panels = [all, first]
            var title = still.figure.title ?? ""
            title.source += " — " + labels[frame]
            figure.title = title
            return figure
        }
        return FigureAnimation(animation: animation, data: still.data, warnings: still.warnings)
    }
}
