/// The bounds every animation keeps to, defined once: `Animation.validate`, the encoders and the command line's
/// `--fps`, `--frames`, `--duration` and `--hold` check against these.
public enum AnimationLimits {
    /// The most frames an animation may have.
    public static let maximumFrames = 1000
    /// The highest frame rate: a GIF stores delays in hundredths of a second and browsers slow anything
    /// shorter than 0.02 s down to 0.1 s, so 50 frames per second is the fastest rate every player keeps.
    public static let maximumFramesPerSecond = 50.0
    /// The slowest frame rate, one frame every 10 s.
    public static let minimumFramesPerSecond = 0.1
    /// The shortest time a frame may be shown (1 / `maximumFramesPerSecond`).
    public static var minimumFrameDuration: Double { 1 / maximumFramesPerSecond }
    /// The longest time a frame may be shown (1 / `minimumFramesPerSecond`).
    public static var maximumFrameDuration: Double { 1 / minimumFramesPerSecond }
    /// The longest hold on the last frame, in seconds.
    public static let maximumHold = 60.0
    /// The most plays a finite loop may have (a GIF stores the count in 16 bits).
    public static let maximumLoopCount = 65535
    /// The most pixels one frame may have (8 megapixels: a 3840 × 2160 frame fits): every frame is drawn on a
    /// raster canvas and several are in flight at once, so this bounds memory.
    public static let maximumFramePixels = 8_388_608
    /// The most pixels all frames may have together (frames × width × height): bounds encoding time and the
    /// size of what is written (1000 frames of 640 × 480 are 307 megapixels).
    public static let maximumTotalPixels = 500_000_000

    /// Whether `fps` is a usable frame rate.
    public static func isFramesPerSecond(_ fps: Double) -> Bool {
        fps.isFinite && fps >= minimumFramesPerSecond && fps <= maximumFramesPerSecond
    }

    /// Whether `seconds` is a usable frame duration (with a little slack for 1 / fps rounding).
    public static func isFrameDuration(_ seconds: Double) -> Bool {
        seconds.isFinite && seconds >= minimumFrameDuration * (1 - 1e-9)
            && seconds <= maximumFrameDuration * (1 + 1e-9)
    }
}
