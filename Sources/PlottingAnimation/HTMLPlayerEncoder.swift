import PlottingCairo

/// Writes an animation as one self-contained, offline HTML page that plays it (`PlayerPage`).
///
/// Frames are stored inline as PNG (libpng): a keyframe is a whole frame; every other frame is only the bands
/// that changed since the frame before (`ChangedBands`), drawn over it on a canvas, with the unchanged pixels
/// inside a band transparent (`FramePatch`). A frame is stored whole instead (a keyframe) when its changes
/// would take as many bytes as the last keyframe did, or when an eighth of its pixels or more changed (then the
/// changes are not even encoded: the turning surface changes 18 % of its pixels a frame, and its changes cost
/// more than a whole frame), and at least every `maximumKeyframeGap` frames, so that a seek draws one keyframe
/// and at most that many patches. Measured on the seven catalogue animations: also taking a keyframe whenever
/// the changes since the last one outweighed it made the pages 1.4 to 1.6 times larger (1.0 for the surface)
/// for no visible gain, since every patch is decoded before playing and drawing 50 small patches takes no time.
/// Only the previous frame is kept between calls. The same frames give the same bytes.
package struct HTMLPlayerEncoder: AnimationEncoder {
    /// The most frames between two keyframes (a seek draws at most this many patches).
    package static let maximumKeyframeGap = 50

    private let header: AnimationHeader
    private var frames: [PlayerFrame] = []
    private var previous: RasterImage?
    private var lastKeyframeIndex = 0
    private var lastKeyframeBytes = 0

    init(header: AnimationHeader) throws {
        guard header.width > 0, header.height > 0 else {
            throw AnimationError.encoder(
                "HTML player: the frames are \(header.width) × \(header.height) pixels; both must be at least 1")
        }
        self.header = header
    }

    package mutating func add(_ frame: RasterImage, index: Int) throws {
        guard frame.width == header.width, frame.height == header.height,
            frame.rgba.count == frame.width * frame.height * 4
        else {
            throw AnimationError.encoder(
                "HTML player: frame \(index) is \(frame.width) × \(frame.height) pixels but the animation is \(header.width) × \(header.height)"
            )
        }
        defer { previous = frame }
        if let previous, index - lastKeyframeIndex < Self.maximumKeyframeGap,
            case let bands = ChangedBands.between(previous, frame),
            ChangedBands.changedPixelCount(previous, frame, in: bands) * 8 < frame.width * frame.height
        {
            let patches = try bands.map { try FramePatch(frame, rect: $0, previous: previous) }
            let bytes = patches.reduce(0) { $0 + $1.png.count }
            if bytes < lastKeyframeBytes {
                frames.append(PlayerFrame(isKeyframe: false, patches: patches))
                return
            }
        }
        let whole = try FramePatch(frame, rect: PixelRect(x: 0, y: 0, width: frame.width, height: frame.height))
        frames.append(PlayerFrame(isKeyframe: true, patches: [whole]))
        lastKeyframeIndex = index
        lastKeyframeBytes = whole.png.count
    }

    package mutating func finish() throws -> [UInt8] {
        guard !frames.isEmpty else { throw AnimationError.encoder("HTML player: the animation has no frames") }
        return PlayerPage(header: header, frames: frames).bytes
    }
}

/// One frame as the player stores it: a keyframe (one whole-frame patch) or the bands changed since the frame
/// before (none when nothing changed).
package struct PlayerFrame: Sendable, Hashable {
    package let isKeyframe: Bool
    package let patches: [FramePatch]
}
