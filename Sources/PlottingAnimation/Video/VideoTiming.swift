import Plotting

/// The constant frame rate of a video made from frames of varying durations, and how many times each frame is
/// repeated to keep them: a held last frame is the same picture sent again, as a video has one rate throughout.
struct VideoTiming: Equatable {
    /// The most frames a video is sent when the animation has fewer: bounds what goes through the pipe and
    /// ffmpeg's time when short frames meet long ones (a 60 s hold at 50 frames per second is 3,000).
    static let maximumRepeatedFrames = 3000

    /// Frames per second as a fraction in lowest terms, as ffmpeg's `-r` takes it (`10/1`).
    let rate: (numerator: Int, denominator: Int)
    /// How many video frames each animation frame becomes (0 for a frame shorter than half a video frame
    /// when the rate had to be lowered).
    let repeats: [Int]

    /// The timing for frames shown `durations` seconds each (each 0.02 to 10 s, as `Animation.validate`
    /// checks) of `pixelsPerFrame` pixels. The video's frame is the shortest duration, unless the repeated
    /// frames would then exceed `maximumRepeatedFrames` or `AnimationLimits.maximumTotalPixels`; the frame
    /// ends are rounded cumulatively, so the total length stays exact to a video frame.
    init(durations: [Double], pixelsPerFrame: Int) {
        let shortest = durations.min() ?? 0.1
        let total = durations.reduce(0, +)
        let pixelBound = AnimationLimits.maximumTotalPixels / max(pixelsPerFrame, 1)
        let bound = Double(max(durations.count, min(Self.maximumRepeatedFrames, pixelBound)))
        // The video frame's length in whole microseconds, so the rate is an exact fraction.
        let tick = max(1, Int((shortest * 1_000_000).rounded()), Int((total / bound * 1_000_000).rounded(.up)))
        let common = Self.greatestCommonDivisor(1_000_000, tick)
        rate = (1_000_000 / common, tick / common)

        var sent = 0
        var elapsed = 0.0
        repeats = durations.map { duration in
            elapsed += duration
            let end = Int((elapsed * 1_000_000 / Double(tick)).rounded())
            defer { sent = max(sent, end) }
            return max(0, end - sent)
        }
    }

    /// The rate as ffmpeg's `-r` argument.
    var rateArgument: String { "\(rate.numerator)/\(rate.denominator)" }

    static func == (a: VideoTiming, b: VideoTiming) -> Bool {
        a.rate == b.rate && a.repeats == b.repeats
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
