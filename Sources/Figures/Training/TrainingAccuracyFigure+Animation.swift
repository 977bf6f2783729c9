import Plotting

extension TrainingAccuracyFigure: AnimatedFigure {
    static let animationSummary = LocalizedText(
        ko: "에폭마다 훈련·시험 정확도 그래프가 자라는 모습", en: "The train and test accuracy curves growing epoch by epoch")

    /// Three frames a second (one epoch each), the last held 2 s.
    static var defaultTiming: AnimationTiming { AnimationTiming(framesPerSecond: 3, hold: 2) }

    /// One frame per recorded epoch (or `--frames` spread evenly), both curves drawn up to it in the finished
    /// figure's axes, the epoch and both accuracies in the title.
    static func animate(
        _ values: ParameterValues, timing: AnimationTiming, language: Language
    ) throws
        -> FigureAnimation
    {
        let still = try build(values, language: language)
        let series = try TrainingSeriesSource.load(given: values.file(.series))
        let records = series.accuracies
        guard !records.isEmpty, let axes = still.figure.panels.first as? Axes else {
            throw ParameterError("training-accuracy: the series has no accuracy records to animate")
        }
        let epochs = records.map { Double($0.epoch) }
        let moments = FrameSchedule.indices(frames: timing.frameCount(natural: records.count), last: records.count - 1)
        let xLimits = FixedLimits.of(epochs)
        let labels = moments.map { index in
            let record = records[index]
            return LocalizedText(
                ko:
                    "에폭 \(record.epoch): 훈련 \(NumberText.fixed(record.train, 4)), 시험 \(NumberText.fixed(record.test, 4))",
                en:
                    "epoch \(record.epoch): train \(NumberText.fixed(record.train, 4)), test \(NumberText.fixed(record.test, 4))"
            )(language)
        }
        let animation = Animation(
            frameCount: moments.count, framesPerSecond: timing.framesPerSecond, hold: timing.hold,
            frameLabels: labels, title: animationSummary(language)
        ) { frame in
            let shown = records.prefix(moments[frame] + 1)
            var growing = axes
            growing.marks = [
                LineMark(x: shown.map { Double($0.epoch) }, y: shown.map(\.train), label: "train acc"),
                LineMark(x: shown.map { Double($0.epoch) }, y: shown.map(\.test), style: .dashed, label: "test acc"),
            ]
            growing.xLimits = xLimits
            growing.title = Label(labels[frame])
            var figure = still.figure
            figure.panels = [growing]
            return figure
        }
        return FigureAnimation(animation: animation, data: still.data, warnings: still.warnings)
    }
}
