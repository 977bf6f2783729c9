import ArgumentParser
import DLPlotCLI
import Figures
import FileOutput
import ImageComparison
import Platform
import Plotting
import PlottingAnimation
import PlottingCairo

/// `dlplot-dev bench-gif` (for bench/gif-quantizer): an animated catalogue figure's frames drawn once, then
/// encoded as GIF in process, timed, decoded again and measured against the drawn frames.
///
/// Prints one line: frames, distinct colours, GIF bytes, encoder time (best and median of `--repeat`, one
/// thread, CPU time, so that other work on the machine does not count) and the error of what the GIF shows (mean and largest per-pixel RGB distance, PSNR). With
/// `--frames-dir`, also writes the frames there as raw RGBA (`info`: width, height, frame count, then one
/// delay in cs per frame; `NNN.rgba`) for bench/gif-quantizer/compare.c, which quantizes the same frames
/// with libimagequant.
struct BenchGIFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-gif",
        abstract: "Benchmark: encode an animated figure's frames as GIF in process; print size, time and error.")

    @Argument(help: "An animated figure's id.")
    var figure = "gradient-descent"

    @Option(name: .customLong("repeat"), help: "Timed encodings (1…100).")
    var repetitions = 5

    @Option(help: "Write the frames here as raw RGBA, for bench/gif-quantizer/compare.c.")
    var framesDir: String?

    @Option(help: "Also write the GIF here.")
    var out: String?

    func validate() throws {
        guard (1...100).contains(repetitions) else {
            throw ValidationError("--repeat \(repetitions) is not allowed; use 1…100")
        }
    }

    func run() throws {
        guard let definition = Catalogue.animatedFigures.first(where: { $0.id == figure }) else {
            throw ValidationError(
                "'\(figure)' has no animation; use one of \(Catalogue.animatedFigures.map { $0.id }.joined(separator: ", "))"
            )
        }
        let animation = try AnimationBuilder.build(definition).animation
        var frames: [RasterImage] = []
        try AnimationFrames.render(animation) { _, pixels in frames.append(pixels) }
        guard let first = frames.first else { return }
        let header = AnimationHeader(
            width: first.width, height: first.height, durations: animation.durations, loopCount: animation.loopCount,
            frameLabels: nil, title: nil, dpi: 100)
        var times: [Double] = []
        var gif: [UInt8] = []
        for _ in 0..<repetitions {
            let start = threadCPUSeconds()
            var encoder = try GIFEncoder(header: header)
            for (index, frame) in frames.enumerated() { try encoder.add(frame, index: index) }
            gif = try encoder.finish()
            times.append((threadCPUSeconds() - start) * 1000)
        }
        times.sort()
        let decoded = try GIFDecoder.decode(gif, name: "\(figure).gif")
        var error = ColorError()
        var colours = Set<UInt32>()
        for (frame, shown) in zip(frames, decoded.frames) {
            error.add(original: frame.rgba, shown: shown.bytes)
            for offset in stride(from: 0, to: frame.rgba.count, by: 4) {
                colours.insert(
                    UInt32(frame.rgba[offset]) << 16 | UInt32(frame.rgba[offset + 1]) << 8
                        | UInt32(frame.rgba[offset + 2]))
            }
        }
        try StandardStreams.writeLine(
            "bench-gif: \(figure): \(frames.count) frames of \(first.width)×\(first.height), \(colours.count) colours; "
                + "ours: \(gif.count) bytes, a \(Self.globalTableSize(gif))-entry colour table, encoder CPU best \(rounded(times[0])) ms, median \(rounded(times[times.count / 2])) ms; "
                + "error mean \(rounded(error.mean, 3)), max \(rounded(error.maximum)), PSNR \(rounded(error.psnr)) dB")
        if let out { try AtomicFile.write(gif, to: out) }
        if let framesDir {
            let delays = decoded.delays.map(String.init).joined(separator: " ")
            try AtomicFile.write(
                Array("\(first.width) \(first.height) \(frames.count)\n\(delays)\n".utf8), to: framesDir + "/info")
            for (index, frame) in frames.enumerated() {
                let number = String(index)
                try AtomicFile.write(
                    frame.rgba,
                    to: framesDir + "/" + String(repeating: "0", count: max(0, 3 - number.count)) + number + ".rgba")
            }
        }
    }

    private func rounded(_ value: Double, _ digits: Int = 1) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return "\((value * scale).rounded() / scale)"
    }

    /// The entries of a GIF's global colour table (2^(n+1), n the low bits of byte 10), or 0 without one.
    static func globalTableSize(_ gif: [UInt8]) -> Int {
        guard gif.count > 10, gif[10] & 0x80 != 0 else { return 0 }
        return 2 << Int(gif[10] & 0x07)
    }
}

/// CPU seconds this thread has used.
private func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}
