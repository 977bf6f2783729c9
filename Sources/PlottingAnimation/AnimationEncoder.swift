import Plotting
import PlottingCairo

/// What every encoder is told before the first frame.
package struct AnimationHeader: Sendable {
    /// Frame width in pixels (every frame has it).
    package var width: Int
    /// Frame height in pixels.
    package var height: Int
    /// Seconds each frame is shown (the hold already added to the last), one per frame.
    package var durations: [Double]
    /// Plays; 0 is forever.
    package var loopCount: Int
    /// One line per frame for players that show it (HTML), or nil.
    package var frameLabels: [String]?
    /// The animation's title, or nil.
    package var title: String?
    /// Resolution in dots per inch (for formats that store it).
    package var dpi: Double

    /// A header from its fields (package-wide, so benchmarks and tests can drive an encoder directly).
    package init(
        width: Int, height: Int, durations: [Double], loopCount: Int = 0, frameLabels: [String]? = nil,
        title: String? = nil, dpi: Double = 100
    ) {
        self.width = width
        self.height = height
        self.durations = durations
        self.loopCount = loopCount
        self.frameLabels = frameLabels
        self.title = title
        self.dpi = dpi
    }
}

/// Turns frames, handed over in order, into the bytes of one file format.
///
/// The renderer calls `add` once per frame (frame 0 first), then `finish` once. An encoder may keep what it
/// needs between frames (the GIF encoder keeps only changed rectangles) but should not keep every full frame.
package protocol AnimationEncoder {
    /// Takes frame `index` (straight RGBA, the header's size).
    mutating func add(_ frame: RasterImage, index: Int) throws
    /// The finished file.
    mutating func finish() throws -> [UInt8]
}
