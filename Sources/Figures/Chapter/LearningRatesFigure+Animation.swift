import Plotting

extension LearningRatesFigure: AnimatedFigure {
    static let animationSummary = LocalizedText(
        ko: "세 학습률의 갱신을 나란히: 10은 발산하고 0.1은 수렴하며 1e-10은 거의 움직이지 않는다",
        en: "The three learning rates updating side by side: 10 blows up, 0.1 converges, 1e-10 stays put")

    /// The most frames when `--frames` is not given: 41 frames show 100 updates smoothly enough at 10 a second.
    static let naturalFrameLimit = 41

    /// The panels of the still figure, each drawing the path up to the same update in every frame, the update
    /// count in the figure's title and each panel's position written inside it.
    static func animate(
        _ values: ParameterValues, timing: AnimationTiming, language: Language
    ) throws
        -> FigureAnimation
    {
        let panels = try values.numbers(.lr).map { try DescentPanel(values, learningRate: $0) }
        let updates = values.integer(.steps)
        let moments = FrameSchedule.indices(
            frames: timing.frameCount(natural: min(updates + 1, naturalFrameLimit)), last: updates)
        let width = max(min(4.8 * Double(panels.count), 16), 4.8)
        let labels = moments.map { moment in
            DescentFrameText.updatesText(moment, language: language) + ": "
                + panels.map { "lr \(format($0.run.learningRate)) → \(position(of: $0, after: moment))" }
                .joined(separator: "; ")
        }
        let animation = Animation(
            frameCount: moments.count, framesPerSecond: timing.framesPerSecond, hold: timing.hold,
            frameLabels: labels, title: animationSummary(language)
        ) { frame in
            let moment = moments[frame]
            let axes = try panels.map { panel in
                try panel.axes(
                    title: "lr = \(format(panel.run.learningRate))", note: [position(of: panel, after: moment)],
                    language: language, showing: moment + 1)
            }
            return Figure(
                width: width, height: 5, title: Label(DescentFrameText.updatesText(moment, language: language)),
                panels: axes)
        }
        var data = DataTable(columns: ["lr", DescentPanel.updatesColumn, "x0", "x1"])
        for panel in panels { panel.appendPath(to: &data, leading: [panel.run.learningRate]) }
        return FigureAnimation(animation: animation, data: data, warnings: panels.compactMap(\.warning))
    }

    /// The panel's position after `updates` updates (9 significant digits, as the still figure prints it), or
    /// "(diverged)" past an overflow.
    private static func position(of panel: DescentPanel, after updates: Int) -> String {
        let path = panel.run.path
        guard updates < path.count else { return "(diverged)" }
        return NumberText.point(path[updates], digits: 9)
    }
}
