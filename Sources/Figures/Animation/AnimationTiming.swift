import Core
import Plotting

/// How many frames, how fast, and how long the last one stays: validated from `--fps`, `--frames`,
/// `--duration` and `--hold` against `AnimationLimits`.
public struct AnimationTiming: Sendable, Hashable {
    /// Frames per second.
    public var framesPerSecond: Double
    /// The number of frames, or nil for the figure's natural number.
    public var frames: Int?
    /// Seconds the last frame stays in addition to its own time.
    public var hold: Double

    /// A timing; values are trusted (the command line goes through `init(fps:frames:duration:hold:defaults:)`).
    public init(framesPerSecond: Double, frames: Int? = nil, hold: Double) {
        self.framesPerSecond = framesPerSecond
        self.frames = frames
        self.hold = hold
    }

    /// The timing from the options as typed (nil: not given), the figure's `defaults` elsewhere. At most two
    /// of `fps`, `frames` and `duration` may be given: with `duration`, the third follows from the other two.
    /// Throws a one-line `ParameterError` naming the option, its value and what is allowed.
    public init(
        fps: String?, frames: String?, duration: String?, hold: String?, defaults: AnimationTiming
    ) throws(ParameterError) {
        if fps != nil, frames != nil, duration != nil {
            throw ParameterError(
                "--fps, --frames and --duration were all given; give at most two (the third follows from them)")
        }
        let limits = AnimationLimits.self
        let rate = try fps.map { text throws(ParameterError) in
            try Self.number(
                "--fps", text,
                allowed:
                    "a number from \(format(limits.minimumFramesPerSecond)) to \(format(limits.maximumFramesPerSecond))",
                where: limits.isFramesPerSecond)
        }
        var count = try frames.map { text throws(ParameterError) in try Self.frameCount(text) }
        let seconds = try duration.map { text throws(ParameterError) in
            try Self.number(
                "--duration", text,
                allowed: "a number of seconds above 0 and at most \(format(Self.maximumDuration))",
                where: { $0.isFinite && $0 > 0 && $0 <= Self.maximumDuration })
        }
        var framesPerSecond = rate ?? defaults.framesPerSecond
        if let seconds {
            if let fixed = count {
                framesPerSecond = Double(fixed) / seconds
                guard limits.isFramesPerSecond(framesPerSecond) else {
                    throw ParameterError(
                        "--frames \(fixed) in --duration \(format(seconds)) s is \(format(framesPerSecond)) frames per second; it must be from \(format(limits.minimumFramesPerSecond)) to \(format(limits.maximumFramesPerSecond))"
                    )
                }
            } else {
                let derived = (seconds * framesPerSecond).rounded()
                guard derived >= 1, derived <= Double(limits.maximumFrames) else {
                    throw ParameterError(
                        "--duration \(format(seconds)) s at \(format(framesPerSecond)) frames per second is \(format(derived)) frames; 1 to \(limits.maximumFrames) are allowed"
                    )
                }
                count = Int(derived)
            }
        }
        let extra = try hold.map { text throws(ParameterError) in
            try Self.number(
                "--hold", text, allowed: "a number of seconds from 0 to \(format(limits.maximumHold))",
                where: { $0.isFinite && $0 >= 0 && $0 <= limits.maximumHold })
        }
        self.init(framesPerSecond: framesPerSecond, frames: count, hold: extra ?? defaults.hold)
    }

    /// The longest animation `--duration` may ask for: the most frames at the slowest rate would be longer, but
    /// ten minutes is more than any figure needs.
    public static let maximumDuration = 600.0

    /// The frames to draw: the reader's count, else the figure's `natural` count, capped at the limit.
    public func frameCount(natural: Int) -> Int {
        frames ?? min(max(natural, 1), AnimationLimits.maximumFrames)
    }

    private static func number(
        _ flag: String, _ text: String, allowed: String, where isAllowed: (Double) -> Bool
    ) throws(ParameterError) -> Double {
        guard let value = Double(text.trimmingSpaces), isAllowed(value) else {
            throw ParameterError("\(flag) \(EchoedText.shortened(text)) is not allowed: expected \(allowed)")
        }
        return value
    }

    private static func frameCount(_ text: String) throws(ParameterError) -> Int {
        let limit = AnimationLimits.maximumFrames
        guard let value = Int(text.trimmingSpaces), (1...limit).contains(value) else {
            throw ParameterError(
                "--frames \(EchoedText.shortened(text)) is not allowed: expected a whole number from 1 to \(limit) (the cap on frames)"
            )
        }
        return value
    }
}
