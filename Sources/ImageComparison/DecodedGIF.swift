/// A GIF decoded into what a viewer shows: every frame composed in full (earlier frames, disposal and
/// transparency applied) as straight RGBA, with its delay and the loop count.
public struct DecodedGIF: Equatable, Sendable {
    /// The logical screen's width in pixels (every frame's).
    public let width: Int
    /// The logical screen's height in pixels.
    public let height: Int
    /// Each frame as shown, in order; pixels nothing has drawn on are transparent black.
    public let frames: [RGBAImage]
    /// Each frame's delay in hundredths of a second, as stored (0 when it has no graphics control extension).
    public let delays: [Int]
    /// How many times the animation plays: 0 forever; 1 without a NETSCAPE2.0 loop extension; n + 1 for an
    /// extension that repeats it n times.
    public let plays: Int

    /// The whole animation's length in seconds (the sum of the delays).
    public var duration: Double { Double(delays.reduce(0, +)) / 100 }
}
