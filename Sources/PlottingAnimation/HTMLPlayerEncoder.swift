import PlottingCairo

/// Writes an animation as one self-contained, offline HTML page that plays it (`PlayerPage`).
///
/// Frames are stored inline as PNG (libpng): a keyframe is a whole frame; every other frame is only the bands
/// that changed since the frame before (`ChangedBands`), drawn over it on a canvas. A new keyframe is taken when
/// the bands stored since the last one would outweigh it, or after `maximumKeyframeGap` frames, so the page is at
/// most about twice the size of frame 0 plus the changes, and seeking redraws one keyframe and a few bands.
/// Only the previous frame is kept between calls. The same frames give the same bytes.
package struct HTMLPlayerEncoder: AnimationEncoder {
    /// The most frames between two keyframes (a seek draws at most this many patches).
    package static let maximumKeyframeGap = 50

    private let header: AnimationHeader
    private var frames: [PlayerFrame] = []
    private var previous: RasterImage?
    private var lastKeyframeIndex = 0
    private var lastKeyframeBytes = 0
    private var bytesSinceKeyframe = 0

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
        if let previous, index - lastKeyframeIndex < Self.maximumKeyframeGap {
            let patches = try ChangedBands.between(previous, frame).map { try FramePatch(frame, rect: $0) }
            let bytes = patches.reduce(0) { $0 + $1.png.count }
            if bytesSinceKeyframe + bytes <= lastKeyframeBytes {
                bytesSinceKeyframe += bytes
                frames.append(PlayerFrame(isKeyframe: false, patches: patches))
                return
            }
        }
        let whole = try FramePatch(frame, rect: PixelRect(x: 0, y: 0, width: frame.width, height: frame.height))
        frames.append(PlayerFrame(isKeyframe: true, patches: [whole]))
        lastKeyframeIndex = index
        lastKeyframeBytes = whole.png.count
        bytesSinceKeyframe = 0
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
