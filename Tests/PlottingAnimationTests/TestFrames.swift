import ImageComparison
import PlottingCairo

@testable import PlottingAnimation

/// Small synthetic frames and the encoder driven directly, for GIF tests that need no drawing.
enum TestFrames {
    /// A `width` × `height` frame whose pixel (x, y) is `color(x, y)` (RGB, opaque).
    static func frame(width: Int, height: Int, _ color: (Int, Int) -> (UInt8, UInt8, UInt8)) -> RasterImage {
        var rgba: [UInt8] = []
        rgba.reserveCapacity(width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let (red, green, blue) = color(x, y)
                rgba += [red, green, blue, 255]
            }
        }
        return RasterImage(width: width, height: height, rgba: rgba)
    }

    /// A white frame with a black square of `side` pixels whose top-left corner is at (`x`, `y`).
    static func square(at x: Int, _ y: Int, side: Int = 4, width: Int = 40, height: Int = 30) -> RasterImage {
        frame(width: width, height: height) { px, py in
            (x..<x + side).contains(px) && (y..<y + side).contains(py) ? (0, 0, 0) : (255, 255, 255)
        }
    }

    /// A frame of many colours: a red/green gradient with a blue ramp that moves with `phase`.
    static func gradient(phase: Int, width: Int = 64, height: Int = 64) -> RasterImage {
        frame(width: width, height: height) { x, y in
            (UInt8(x * 4 % 256), UInt8(y * 4 % 256), UInt8((x + y + phase) * 2 % 256))
        }
    }

    /// The GIF of `frames`, each shown `duration` seconds (the last also `hold`), played `loopCount` times.
    static func encode(
        _ frames: [RasterImage], duration: Double = 0.1, hold: Double = 0, loopCount: Int = 0,
        maximumBufferedPixels: Int = GIFEncoder.maximumBufferedPixels
    ) throws -> [UInt8] {
        var durations = Array(repeating: duration, count: frames.count)
        durations[durations.count - 1] += hold
        let header = AnimationHeader(
            width: frames[0].width, height: frames[0].height, durations: durations, loopCount: loopCount,
            frameLabels: nil, title: nil, dpi: 100)
        var encoder = try GIFEncoder(header: header, maximumBufferedPixels: maximumBufferedPixels)
        for (index, frame) in frames.enumerated() { try encoder.add(frame, index: index) }
        return try encoder.finish()
    }

    /// `frame` as ImageComparison's image type.
    static func rgbaImage(_ frame: RasterImage) -> RGBAImage? {
        RGBAImage(width: frame.width, height: frame.height, bytes: frame.rgba)
    }
}
