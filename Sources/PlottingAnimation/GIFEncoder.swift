import PlottingCairo

/// An animated GIF (giflib): one global palette of at most 255 colours plus a transparent index, each frame after
/// the first stored as the rectangle that changed, with unchanged pixels transparent; delays rounded on the
/// running total; "do not dispose"; the NETSCAPE2.0 loop extension.
///
/// The palette must be known before the first frame is written, so frames are kept (frame 0 whole, later frames
/// only their changed rectangle, as packed 16-bit colour ids) until `finish`, or until they hold
/// `maximumBufferedPixels` or show more colours than ids: then the palette is made from what has been seen and
/// later frames are mapped onto it as they come (a colour first seen then gets its nearest entry). The same
/// frames give the same bytes.
package struct GIFEncoder: AnimationEncoder {
    /// The most pixels kept before the palette is fixed (at most 64 MiB of colour ids, usually far less packed).
    package static let maximumBufferedPixels = 32 << 20
    /// The largest side a GIF can store.
    package static let maximumSide = 65535

    private let header: AnimationHeader
    private let delays: [Int]
    private let maximumBufferedPixels: Int
    private var framesAdded = 0
    private var previous: RasterImage?
    private var pending: [(ids: PackedIDs, rect: PixelRect)] = []
    private var pendingPixels = 0
    private var histogram = ColorHistogram()
    private var stream: GIFFrameStream?

    /// An encoder for frames described by `header`; the palette is fixed once the kept frames pass
    /// `maximumBufferedPixels` pixels (tests lower it).
    package init(header: AnimationHeader, maximumBufferedPixels: Int = GIFEncoder.maximumBufferedPixels) throws {
        guard (1...Self.maximumSide).contains(header.width), (1...Self.maximumSide).contains(header.height) else {
            throw AnimationError.encoder(
                "GIF: frames are \(header.width) × \(header.height) pixels; a GIF side is from 1 to \(Self.maximumSide)"
            )
        }
        guard !header.durations.isEmpty else { throw AnimationError.encoder("GIF: the animation has no frames") }
        guard (0...Int(UInt16.max) + 1).contains(header.loopCount) else {
            throw AnimationError.encoder("GIF: loop count \(header.loopCount) is outside 0 to \(Int(UInt16.max) + 1)")
        }
        self.header = header
        self.maximumBufferedPixels = maximumBufferedPixels
        delays = try GIFDelays.centiseconds(header.durations)
    }

    package mutating func add(_ frame: RasterImage, index: Int) throws {
        guard index == framesAdded, index < delays.count else {
            throw AnimationError.encoder(
                "GIF: frame \(index) came when frame \(framesAdded) of \(delays.count) was due")
        }
        guard frame.width == header.width, frame.height == header.height,
            frame.rgba.count == frame.width * frame.height * 4
        else {
            throw AnimationError.encoder(
                "GIF: frame \(index) is \(frame.width) × \(frame.height) pixels, not \(header.width) × \(header.height)"
            )
        }
        let rect =
            if let previous {
                FrameDelta.changedRect(previous: previous, current: frame)
                    ?? PixelRect(x: 0, y: 0, width: 0, height: 0)
            } else {
                PixelRect(x: 0, y: 0, width: header.width, height: header.height)
            }
        let keys = ColorKeys.keys(of: frame, in: rect, previous: previous)
        let oldKeys = stream == nil ? previous.map { ColorKeys.keys(of: $0, in: rect) } : nil
        previous = frame
        framesAdded += 1
        if stream == nil {
            if let ids = histogram.add(keys, replacing: oldKeys) {
                pending.append((PackedIDs(ids), rect))
                pendingPixels += rect.area
                if pendingPixels > maximumBufferedPixels { try startStream() }
                return
            }
            try startStream()
        }
        try stream?.write(keys: keys, rect: rect, delay: delays[index])
    }

    package mutating func finish() throws -> [UInt8] {
        guard framesAdded == delays.count else {
            throw AnimationError.encoder("GIF: \(framesAdded) of \(delays.count) frames were given")
        }
        if stream == nil { try startStream() }
        guard let stream else { throw AnimationError.encoder("GIF: the file was not started") }
        return try stream.finish()
    }

    /// Fixes the palette from the colours seen so far, opens the file and writes the frames kept until now.
    private mutating func startStream() throws {
        var started = try GIFFrameStream(
            width: header.width, height: header.height, palette: ColorQuantizer.palette(for: histogram),
            plays: header.loopCount)
        let keysByID = histogram.keys
        for (position, frame) in pending.enumerated() {
            try started.write(
                keys: frame.ids.unpacked().map { keysByID[Int($0)] }, rect: frame.rect, delay: delays[position])
        }
        pending = []
        histogram = ColorHistogram()
        stream = started
    }
}
