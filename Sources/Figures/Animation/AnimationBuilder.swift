import Plotting

/// Builds a catalogue figure's animation from the user's parameter texts, the timing and the shared settings.
public enum AnimationBuilder {
    /// The parameters `--animate` accepts for `figure`: the still figure's, with the animation's own in place of
    /// any of the same name.
    public static func parameters(of figure: any AnimatedFigure.Type) -> [ParameterSpec] {
        let own = figure.animationParameters
        return figure.parameters.filter { spec in !own.contains { $0.name == spec.name } } + own
    }

    /// The animated figure with `id`, or a one-line error naming those that have an animation.
    public static func require(_ figure: any FigureDefinition.Type) throws -> any AnimatedFigure.Type {
        guard let animated = Catalogue.animatedFigures.first(where: { $0.id == figure.id }) else {
            throw ParameterError(
                "\(figure.id) has no animation; --animate works with \(Catalogue.animatedFigures.map { $0.id }.joined(separator: ", "))"
            )
        }
        return animated
    }

    /// Validates `given` against the animation's parameters, builds the animation, and applies the settings
    /// (title, size, dpi) to every frame. Throws a `ParameterError` for bad input, or the figure's own error.
    public static func build(
        _ figure: any AnimatedFigure.Type, given: [ParameterName: String] = [:], timing: AnimationTiming? = nil,
        settings: FigureSettings = .defaults()
    ) throws -> FigureAnimation {
        let values = try ParameterValues(for: figure, declared: parameters(of: figure), given: given)
        var built = try figure.animate(values, timing: timing ?? figure.defaultTiming, language: settings.language)
        let frames = built.animation.makeFrame
        built.animation = Animation(
            frameCount: built.animation.frameCount, framesPerSecond: built.animation.framesPerSecond,
            hold: built.animation.hold, loopCount: built.animation.loopCount, frameLabels: built.animation.frameLabels,
            title: built.animation.title
        ) { index in
            var frame = try frames(index)
            if let title = settings.title { frame.title = title.isEmpty ? nil : Label(title) }
            if let width = settings.width { frame.width = width }
            if let height = settings.height { frame.height = height }
            if let dpi = settings.dpi { frame.dpi = dpi }
            return frame
        }
        return built
    }
}
