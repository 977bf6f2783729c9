import Plotting

extension GradientDescentFigure: AnimatedFigure {
    static let animationSummary = LocalizedText(
        ko: "갱신마다 점이 등고선을 따라 최솟값으로 내려가는 모습 (자취와 현재 위치)",
        en: "The point moving to the minimum update by update, with its trail and position")

    /// One frame per update (the start and the position after each update: `--steps` + 1 frames), or
    /// `--frames` of them spread evenly; each titled with the update count and the position.
    static func animate(
        _ values: ParameterValues, timing: AnimationTiming, language: Language
    ) throws
        -> FigureAnimation
    {
        let panel = try DescentPanel(values, learningRate: values.number(.lr))
        let path = panel.run.path
        let frames = DescentFrames(path: path, timing: timing, language: language)
        let aspect = AspectParameter.value(values)
        let animation = Animation(
            frameCount: frames.moments.count, framesPerSecond: timing.framesPerSecond, hold: timing.hold,
            frameLabels: frames.labels, title: animationSummary(language)
        ) { frame in
            Figure(
                try panel.axes(
                    title: frames.titles[frame], aspect: aspect, language: language,
                    showing: frames.moments[frame] + 1))
        }
        var data = DataTable(columns: [DescentPanel.updatesColumn, "x0", "x1"])
        panel.appendPath(to: &data)
        return FigureAnimation(animation: animation, data: data, warnings: panel.warning.map { [$0] } ?? [])
    }
}

/// Which updates a descent animation shows (one frame per update, or `--frames` spread evenly), and the words
/// for each frame: a plain label for players, a title with subscripted names for the figure.
struct DescentFrames {
    /// The update count each frame shows.
    let moments: [Int]
    /// "after 5 updates: (x0, x1) = (…)", one per frame.
    let labels: [String]
    /// The same with the names subscripted (markup), one per frame.
    let titles: [Label]

    init(path: [[Double]], timing: AnimationTiming, language: Language) {
        let moments = FrameSchedule.indices(frames: timing.frameCount(natural: path.count), last: path.count - 1)
        self.moments = moments
        labels = moments.map { DescentFrameText.position(after: $0, at: path[$0], language: language) }
        titles = moments.map {
            .markup(DescentFrameText.position(after: $0, at: path[$0], language: language, markup: true))
        }
    }
}

/// The words under or above a descent frame.
enum DescentFrameText {
    /// "갱신 5회: (x0, x1) = (-0.9830, 1.3107)" / "after 5 updates: (x0, x1) = (…)" (4 decimals, as the
    /// matplotlib script of the animation prints them: the title keeps its width from frame to frame, so a GIF
    /// stores only the digits that change); with `markup`, the names subscripted as on the axes.
    static func position(after updates: Int, at point: [Double], language: Language, markup: Bool = false) -> String {
        let names = markup ? "(x_0, x_1)" : "(x0, x1)"
        let place = "\(names) = (" + point.map(NumberText.steady).joined(separator: ", ") + ")"
        return updatesText(updates, language: language) + ": " + place
    }

    /// "갱신 5회" / "after 5 updates" ("1 update").
    static func updatesText(_ updates: Int, language: Language) -> String {
        LocalizedText(ko: "갱신 \(updates)회", en: "after \(updates) update\(updates == 1 ? "" : "s")")(language)
    }
}
