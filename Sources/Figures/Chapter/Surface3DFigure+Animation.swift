import Plotting

extension Surface3DFigure: AnimatedFigure {
    static let animationSummary = LocalizedText(
        ko: "카메라가 그릇 모양의 곡면 둘레를 한 바퀴 돈다", en: "The camera turning once round the bowl")

    /// 12 frames a second and no hold: the turn loops seamlessly.
    static var defaultTiming: AnimationTiming { AnimationTiming(framesPerSecond: 12, hold: 0) }

    /// One full turn from `--azimuth` in 36 frames (10° each), or `--frames`; the last frame stops one step
    /// short of the first so the loop does not stutter. The elevation stays as given.
    static func animate(
        _ values: ParameterValues, timing: AnimationTiming, language: Language
    ) throws
        -> FigureAnimation
    {
        let count = timing.frameCount(natural: 36)
        let start = values.number(.azimuth)
        let azimuths = (0..<count).map { start + 360 * Double($0) / Double(count) }
        let still = try build(values, language: language)
        guard let axes = still.figure.panels.first as? Axes3D else {
            throw ParameterError("surface-3d: the still figure has no 3-D axes to turn")
        }
        let labels = azimuths.map { "azimuth \(NumberText.short($0, digits: 4))°" }
        let animation = Animation(
            frameCount: count, framesPerSecond: timing.framesPerSecond, hold: timing.hold, frameLabels: labels,
            title: animationSummary(language)
        ) { frame in
            var turned = axes
            turned.azimuth = azimuths[frame]
            var figure = still.figure
            figure.panels = [turned]
            return figure
        }
        return FigureAnimation(animation: animation, data: still.data, warnings: still.warnings)
    }
}
