import FileOutput
import Plotting
import PlottingCairo

extension Animation {
    /// The animation as the bytes of a GIF, WebP, WebM, MP4 or HTML file. Frames are drawn in parallel on every
    /// core and encoded in order; the same animation gives the same bytes run after run (WebM and MP4: with the
    /// same ffmpeg). Throws a `PlotError` for an invalid animation or frame, an `AnimationError` when encoding
    /// fails (ffmpeg missing or failing included), a `RenderError` from drawing.
    public func render(as format: AnimationFormat) throws -> [UInt8] {
        let files = try render(as: [format])
        guard let bytes = files.first else { throw AnimationError.encoder("no \(format.rawValue) was encoded") }
        return bytes
    }

    /// The animation in several formats at once, in the order given: every frame is drawn once and handed to
    /// each format's encoder (`make figures` writes a GIF and an HTML player of each animation this way).
    /// `workers` threads draw frames (nil: one per core; 1: all on the calling thread, for a caller that renders
    /// several animations at once).
    public func render(as formats: [AnimationFormat], workers: Int? = nil) throws -> [[UInt8]] {
        try render(as: formats, workers: workers, first: nil)
    }

    /// As `render(as:workers:)`, with frame 0 already built by the caller (`first`), who looked at it (its
    /// size) before deciding to draw: it is not built again.
    package func render(as formats: [AnimationFormat], workers: Int?, first built: Figure?) throws -> [[UInt8]] {
        for format in formats { try format.checkAvailable() }
        try validate()
        let first = try built ?? figure(at: 0)
        let size = first.sizeInPixels
        let header = AnimationHeader(
            width: size.width, height: size.height, durations: durations, loopCount: loopCount,
            frameLabels: frameLabels, title: title, dpi: first.dpi)
        var encoders = try formats.map { try $0.makeEncoder(header) }
        try AnimationFrames.render(self, first: first, workers: workers) { index, pixels in
            for position in encoders.indices { try encoders[position].add(pixels, index: index) }
        }
        return try encoders.indices.map { try encoders[$0].finish() }
    }

    /// Renders the animation and writes it to `path` through FileOutput (atomic, the old file's mode kept,
    /// links followed, devices written straight; nothing written on any error), in `format` or else the format
    /// named by the path's extension.
    public func write(to path: String, format: AnimationFormat? = nil, durable: Bool = true) throws {
        let chosen = try format ?? AnimationFormat(path: path)
        try chosen.checkAvailable()
        let destination = try OutputDestination.prepare(path, binary: chosen.isBinary)
        try OutputSet.write(render(as: chosen), to: destination, durable: durable)
    }
}

extension AnimationFormat {
    /// Throws `AnimationError.ffmpegMissing` when the format needs a program that is not installed.
    public func checkAvailable() throws(AnimationError) {
        if needsFFmpeg { try FFmpeg.requireInstalled() }
    }

    /// A fresh encoder of this format for frames described by `header`.
    package func makeEncoder(_ header: AnimationHeader) throws -> any AnimationEncoder {
        switch self {
        case .gif: return try GIFEncoder(header: header)
        case .webp: return try WebPAnimationEncoder(header: header)
        case .webm, .mp4: return try FFmpegVideoEncoder(header: header, format: self)
        case .html: return try HTMLPlayerEncoder(header: header)
        }
    }
}
