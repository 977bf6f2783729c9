import CWebP
import PlottingCairo

/// An animated, lossless WebP through libwebp's `WebPAnimEncoder` (in libwebpmux): full colour, every frame's
/// pixels exact, only what changed since the previous frame stored (the encoder picks the sub-rectangle and
/// blending), per-frame durations in milliseconds rounded cumulatively (so the total stays exact), the loop
/// count from the header. Frames are encoded as they arrive; nothing but the previous canvas is kept.
package struct WebPAnimationEncoder: AnimationEncoder {
    /// libwebp's effort for each frame: the `WebPConfigLosslessPreset` level (0 fastest … 9 smallest). Level 4:
    /// on the catalogue's animations within 1–4 % of level 6's bytes and up to twice as fast (surface-3d: 2.0 MB
    /// in 2.6 s against 1.97 MB in 5.2 s); level 9 saves 3 % more for 25 times the time.
    static let losslessLevel: Int32 = 4
    /// Key frames (whole frames, so a player can seek) at most this many frames apart, at least `minimumKeyFrameDistance`.
    static let maximumKeyFrameDistance: Int32 = 0
    /// See `maximumKeyFrameDistance`; with it at 0 no key frame is inserted after the first (the smallest files,
    /// as animations here are short and played from the start).
    static let minimumKeyFrameDistance: Int32 = 0

    private let header: AnimationHeader
    private let encoder: AnimEncoderHandle
    private var config = WebPConfig()
    /// Where each frame starts, in milliseconds from the first (`durations` summed, then rounded).
    private let starts: [Int32]

    /// A lossless animation encoder for frames described by `header`.
    init(header: AnimationHeader) throws {
        self.header = header
        var elapsed = 0.0
        var starts: [Int32] = []
        for duration in header.durations + [0] {
            starts.append(Int32(clamping: Int((elapsed * 1000).rounded())))
            elapsed += duration
        }
        self.starts = starts
        guard WebPConfigInit(&config) != 0, WebPConfigLosslessPreset(&config, Self.losslessLevel) != 0 else {
            throw AnimationError.encoder("libwebp: its version does not match the one dlplot was built with")
        }
        config.thread_level = 0
        var options = WebPAnimEncoderOptions()
        guard WebPAnimEncoderOptionsInit(&options) != 0 else {
            throw AnimationError.encoder("libwebp: its version does not match the one dlplot was built with")
        }
        options.anim_params.loop_count = Int32(clamping: header.loopCount)
        options.anim_params.bgcolor = 0xFFFF_FFFF
        options.allow_mixed = 0
        options.minimize_size = 0
        options.kmin = Self.minimumKeyFrameDistance
        options.kmax = Self.maximumKeyFrameDistance
        guard let width = Int32(exactly: header.width), let height = Int32(exactly: header.height),
            let handle = WebPAnimEncoderNew(width, height, &options)
        else {
            throw AnimationError.encoder(
                "libwebp could not start an animation of \(header.width) × \(header.height) pixels (at most 16383 × 16383)"
            )
        }
        encoder = AnimEncoderHandle(handle)
    }

    /// Encodes frame `index` (straight RGBA), shown from its start to the next frame's.
    package mutating func add(_ frame: RasterImage, index: Int) throws {
        guard frame.width == header.width, frame.height == header.height, index >= 0, index + 1 < starts.count else {
            throw AnimationError.encoder(
                "WebP frame \(index) is \(frame.width) × \(frame.height) pixels; expected \(header.width) × \(header.height) and at most \(starts.count - 1) frames"
            )
        }
        var picture = WebPPicture()
        guard WebPPictureInit(&picture) != 0 else { throw AnimationError.encoder("libwebp: WebPPictureInit failed") }
        defer { WebPPictureFree(&picture) }
        picture.use_argb = 1
        picture.width = Int32(frame.width)
        picture.height = Int32(frame.height)
        let imported = frame.rgba.withUnsafeBufferPointer {
            WebPPictureImportRGBA(&picture, $0.baseAddress, Int32(frame.width * 4))
        }
        guard imported != 0 else { throw AnimationError.encoder("libwebp: out of memory importing frame \(index)") }
        guard WebPAnimEncoderAdd(encoder.pointer, &picture, Int32(starts[index]), &config) != 0 else {
            throw AnimationError.encoder("libwebp could not encode frame \(index): \(encoder.lastError)")
        }
    }

    /// The finished file: the last frame's end is given, then the frames assembled.
    package mutating func finish() throws -> [UInt8] {
        guard let end = starts.last, WebPAnimEncoderAdd(encoder.pointer, nil, end, nil) != 0 else {
            throw AnimationError.encoder("libwebp could not end the animation: \(encoder.lastError)")
        }
        var data = WebPData()
        guard WebPAnimEncoderAssemble(encoder.pointer, &data) != 0, let bytes = data.bytes else {
            throw AnimationError.encoder("libwebp could not assemble the animation: \(encoder.lastError)")
        }
        defer { WebPDataClear(&data) }
        return Array(UnsafeBufferPointer(start: bytes, count: data.size))
    }
}

/// Owns a `WebPAnimEncoder` and deletes it when the encoder struct goes away.
private final class AnimEncoderHandle {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { WebPAnimEncoderDelete(pointer) }

    /// libwebp's text for the last error.
    var lastError: String {
        WebPAnimEncoderGetError(pointer).map { String(cString: $0) } ?? "unknown error"
    }
}
