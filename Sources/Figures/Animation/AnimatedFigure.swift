import Plotting

/// A catalogue figure that can also move (`dlplot <id> --animate --out f.gif`).
///
/// The animation shows what the still figure shows, one moment at a time: a descent update by update, a tangent
/// sliding along the curve, a loss curve growing. It takes the figure's parameters (plus `animationParameters`)
/// and the frame timing the reader asked for.
public protocol AnimatedFigure: FigureDefinition {
    /// One line saying what moves, for help, `dlplot list` and the report.
    static var animationSummary: LocalizedText { get }
    /// Parameters only the animation has (gradient-field's start point), accepted with `--animate` only.
    static var animationParameters: [ParameterSpec] { get }
    /// The frame rate and hold used when the reader gives none.
    static var defaultTiming: AnimationTiming { get }
    /// Builds the animation from validated parameters (the figure's and the animation's own); `timing.frames`
    /// nil means the figure's natural number of frames (one per update, …), at most `AnimationLimits.maximumFrames`.
    static func animate(
        _ values: ParameterValues, timing: AnimationTiming, language: Language
    ) throws
        -> FigureAnimation
}

extension AnimatedFigure {
    /// No parameters of the animation's own.
    public static var animationParameters: [ParameterSpec] { [] }
    /// 10 frames a second, the last held 1 s.
    public static var defaultTiming: AnimationTiming { AnimationTiming(framesPerSecond: 10, hold: 1) }
}

/// What building an animation gives: the animation to render, the numbers it shows, warnings for the reader.
public struct FigureAnimation: Sendable {
    /// The frames, their timing and labels.
    public var animation: Animation
    /// The series the frames draw, for `--data FILE.csv`.
    public var data: DataTable
    /// Things the reader should know (a learning rate that diverged …), one line each.
    public var warnings: [String]

    /// An animation with its data and no warnings unless given.
    public init(animation: Animation, data: DataTable, warnings: [String] = []) {
        self.animation = animation
        self.data = data
        self.warnings = warnings
    }
}
