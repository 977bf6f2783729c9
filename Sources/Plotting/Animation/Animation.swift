/// A figure that moves: `frameCount` frames, each a `Figure` built from its index, shown at a frame rate
/// (or with per-frame durations), the last frame held a while, looping.
///
/// Frames are built on demand (`figure(at:)`), so an animation of many frames never holds them all; the
/// renderer builds and draws them in parallel and hands them to an encoder in order. Every frame must have the
/// same size in pixels as the first. Check with `validate()` before rendering (the renderer does).
///
/// ```swift
/// let path = (0...20).map { Double($0) / 20 }
/// let animation = Animation(frameCount: path.count, framesPerSecond: 10) { index in
///     Figure(Axes(marks: [LineMark(x: Array(path[...index]), y: Array(path[...index]))]))
/// }
/// ```
public struct Animation: Sendable {
    /// The number of frames (1 to `AnimationLimits.maximumFrames`).
    public var frameCount: Int
    /// Frames per second when `frameDurations` is nil (above 0, at most `AnimationLimits.maximumFramesPerSecond`).
    public var framesPerSecond: Double
    /// Seconds each frame is shown, one per frame, overriding `framesPerSecond` when set.
    public var frameDurations: [Double]?
    /// Extra seconds the last frame stays before the animation loops or ends (0 to `AnimationLimits.maximumHold`).
    public var hold: Double
    /// How many times the animation plays; 0 plays it forever (the default, as a GIF in a blog post should).
    public var loopCount: Int
    /// What each frame shows, one short line per frame (the HTML player prints it under the picture); optional.
    public var frameLabels: [String]?
    /// The title of the whole animation (the HTML player's heading and document title); optional.
    public var title: String?
    /// Builds frame `index` (0-based); called once per frame, possibly on several threads at once.
    public let makeFrame: @Sendable (Int) throws -> Figure

    /// An animation of `frameCount` frames at `framesPerSecond`, the last held `hold` seconds, looping
    /// `loopCount` times (0: forever).
    public init(
        frameCount: Int, framesPerSecond: Double = 10, hold: Double = 0, loopCount: Int = 0,
        frameLabels: [String]? = nil, title: String? = nil,
        frame makeFrame: @escaping @Sendable (Int) throws -> Figure
    ) {
        self.frameCount = frameCount
        self.framesPerSecond = framesPerSecond
        self.hold = hold
        self.loopCount = loopCount
        self.frameLabels = frameLabels
        self.title = title
        self.makeFrame = makeFrame
    }

    /// Frame `index`, built by `makeFrame`.
    public func figure(at index: Int) throws -> Figure { try makeFrame(index) }

    /// Seconds each frame is shown, the hold added to the last.
    public var durations: [Double] {
        var result = frameDurations ?? Array(repeating: 1 / framesPerSecond, count: max(frameCount, 0))
        if !result.isEmpty { result[result.count - 1] += hold }
        return result
    }

    /// The length of one play in seconds, the hold included.
    public var totalDuration: Double { durations.reduce(0, +) }

    /// Throws a `PlotError` naming the first value outside `AnimationLimits`; frames themselves are validated
    /// as they are drawn.
    public func validate() throws {
        let limits = AnimationLimits.self
        guard (1...limits.maximumFrames).contains(frameCount) else {
            throw PlotError(
                "Animation: frameCount is \(frameCount); it must be from 1 to \(limits.maximumFrames)")
        }
        if let frameDurations {
            guard frameDurations.count == frameCount else {
                throw PlotError(
                    "Animation: frameDurations has \(frameDurations.count) values but there are \(frameCount) frames")
            }
            if let bad = frameDurations.first(where: { !limits.isFrameDuration($0) }) {
                throw PlotError(
                    "Animation: a frame duration is \(bad) s; each must be from \(limits.minimumFrameDuration) to \(limits.maximumFrameDuration) s"
                )
            }
        } else {
            guard limits.isFramesPerSecond(framesPerSecond) else {
                throw PlotError(
                    "Animation: framesPerSecond is \(framesPerSecond); it must be above 0 and at most \(limits.maximumFramesPerSecond)"
                )
            }
        }
        guard hold.isFinite, (0...limits.maximumHold).contains(hold) else {
            throw PlotError("Animation: hold is \(hold) s; it must be from 0 to \(limits.maximumHold) s")
        }
        guard (0...limits.maximumLoopCount).contains(loopCount) else {
            throw PlotError(
                "Animation: loopCount is \(loopCount); it must be from 0 (forever) to \(limits.maximumLoopCount)")
        }
        if let frameLabels, frameLabels.count != frameCount {
            throw PlotError("Animation: frameLabels has \(frameLabels.count) values but there are \(frameCount) frames")
        }
    }
}
