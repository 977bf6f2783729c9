import ArgumentParser
import Figures
import Plotting
import PlottingAnimation

/// The options of a moving figure: `--animate` and its timing. Values are taken as typed and checked by
/// `AnimationTiming`, so a bad one gets the same one-line message as every figure parameter.
struct AnimationOptions: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Draw the figure moving; --out's extension chooses the format: .gif (default), .webp, .webm, .mp4 (these two need ffmpeg) or .html (an offline player). Figures that move: \(Catalogue.animatedFigures.map { $0.id }.joined(separator: ", "))."
        ))
    var animate = false

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "With --animate: frames per second, \(format(AnimationLimits.minimumFramesPerSecond)) to \(format(AnimationLimits.maximumFramesPerSecond)) (default: the figure's, usually 10).",
            valueName: "n"))
    var fps: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "With --animate: the number of frames, 1 to \(AnimationLimits.maximumFrames) (default: the figure's own, e.g. one per update).",
            valueName: "n"))
    var frames: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "With --animate: the length in seconds; with --fps or --frames it sets the other.", valueName: "seconds"))
    var duration: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "With --animate: seconds the last frame stays before the loop starts again, 0 to \(format(AnimationLimits.maximumHold)) (default: the figure's, usually 1).",
            valueName: "seconds"))
    var hold: String?

    /// The long names of these options, for suggestions.
    static let optionNames = ["--animate", "--fps", "--frames", "--duration", "--hold"]

    /// The timing asked for, the figure's defaults elsewhere; a usage error for a timing option without
    /// `--animate`.
    func timing(defaults: AnimationTiming) throws(ParameterError) -> AnimationTiming {
        try AnimationTiming(fps: fps, frames: frames, duration: duration, hold: hold, defaults: defaults)
    }

    /// Throws when a timing option is given for a still figure.
    func requireNoTiming() throws(ParameterError) {
        let given = zip(["--fps", "--frames", "--duration", "--hold"], [fps, frames, duration, hold])
            .filter { $0.1 != nil }.map(\.0)
        if let first = given.first { throw ParameterError("\(first) needs --animate (it sets the animation's timing)") }
    }
}

private func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
