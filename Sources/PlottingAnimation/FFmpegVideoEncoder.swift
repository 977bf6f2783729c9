import Platform
import PlottingCairo

/// WebM (VP9) and MP4 (H.264, yuv420p, index first) made by the ffmpeg program, as matplotlib's `FFMpegWriter`
/// does: ffmpeg runs as a child process fed raw `rgb24` frames on its standard input at a constant rate (a frame
/// shown longer, such as the held last one, is sent again) and writes the video into an unnamed scratch file
/// (`/dev/fd/3`), read back by `finish()`. No named file is ever made, whatever ends the process.
package struct FFmpegVideoEncoder: AnimationEncoder {
    private let header: AnimationHeader
    private let timing: VideoTiming
    private let output: ScratchFile
    private let process: FedProcess

    /// Starts ffmpeg for `format` (`.webm` or `.mp4`). Throws `AnimationError.ffmpegMissing` when it is not on
    /// PATH, `ffmpegFailed` when it cannot be started.
    init(header: AnimationHeader, format: AnimationFormat) throws {
        let program = try FFmpeg.executable()
        self.header = header
        timing = VideoTiming(durations: header.durations, pixelsPerFrame: header.width * header.height)
        output = try ScratchFile()
        let size = VideoFrame.paddedSize(width: header.width, height: header.height)
        let arguments = FFmpeg.arguments(
            format: format, width: size.width, height: size.height, rate: timing.rateArgument)
        do {
            process = try FedProcess(path: program, arguments: arguments, extraDescriptors: [(3, output.descriptor)])
        } catch {
            throw AnimationError.ffmpegFailed("could not start \(program): \(Self.text(of: error))")
        }
    }

    /// Sends frame `index` to ffmpeg as many times as its duration takes at the video's rate.
    package mutating func add(_ frame: RasterImage, index: Int) throws {
        guard frame.width == header.width, frame.height == header.height, timing.repeats.indices.contains(index)
        else {
            throw AnimationError.encoder(
                "video frame \(index) is \(frame.width) × \(frame.height) pixels; expected \(header.width) × \(header.height) and at most \(timing.repeats.count) frames"
            )
        }
        let bytes = VideoFrame.rgb(frame)
        do {
            for _ in 0..<timing.repeats[index] {
                try bytes.withUnsafeBytes { try process.write($0) }
            }
        } catch {
            throw failure(while: "it was sent frame \(index)", error as? FedProcess.FeedFailure)
        }
    }

    /// Tells ffmpeg the frames are done, waits for it, and returns the video it wrote.
    package mutating func finish() throws -> [UInt8] {
        let exit = process.finish()
        guard exit.succeeded else { throw failure(while: "it finished the video", nil) }
        let bytes = try output.contents()
        guard !bytes.isEmpty else { throw AnimationError.ffmpegFailed("it exited with status 0 but wrote nothing") }
        return bytes
    }

    /// ffmpegFailed with how ffmpeg ended (waiting for it if it has not) and the last line it printed.
    private func failure(while doing: String, _ error: FedProcess.FeedFailure?) -> AnimationError {
        let exit = process.finish()
        var detail =
            exit.succeeded ? "it stopped reading its input while \(doing)" : "\(exit.description) while \(doing)"
        if case .system(let code) = error { detail += " (\(SystemCalls.text(ofError: code)))" }
        if let line = process.lastErrorLine { detail += ": \(line)" }
        return AnimationError.ffmpegFailed(detail)
    }

    private static func text(of error: FedProcess.FeedFailure?) -> String {
        switch error {
        case .system(let code): return SystemCalls.text(ofError: code)
        default: return "it ended at once"
        }
    }
}
