import FileOutput
import Plotting
import PlottingCairo

extension Animation {
    /// The animation as the bytes of a GIF, WebP, WebM, MP4 or HTML file. Frames are drawn in parallel on every
    /// core and encoded in order; the same animation gives the same bytes run after run (WebM and MP4: with the
    /// same ffmpeg). Throws a `PlotError` for an invalid animation or frame, an `AnimationError` when encoding
    /// fails (ffmpeg missing or failing included), a `RenderError` from drawing.
    public func render(as format: AnimationFormat) throws -> [UInt8] {
        try format.checkAvailable()
        try validate()
        let first = try figure(at: 0)
        let size = first.sizeInPixels
        let header = AnimationHeader(
            width: size.width, height: size.height, durations: durations, loopCount: loopCount,
            frameLabels: frameLabels, title: title, dpi: first.dpi)
        var encoder = try format.makeEncoder(header)
        try AnimationFrames.render(self) { index, pixels in try encoder.add(pixels, index: index) }
        return try encoder.finish()
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
