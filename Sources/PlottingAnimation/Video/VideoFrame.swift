import PlottingCairo

/// A frame as ffmpeg's raw `rgb24` input: 3 bytes a pixel, over white where it is not opaque, and even in width
/// and height (yuv420p keeps one colour sample per 2 × 2 pixels): an odd size is padded — never scaled — by
/// repeating the last column or row.
enum VideoFrame {
    /// The frame size ffmpeg is told: `width` and `height` rounded up to even.
    static func paddedSize(width: Int, height: Int) -> (width: Int, height: Int) {
        (width + width % 2, height + height % 2)
    }

    /// The `rgb24` bytes of `frame`, padded to `paddedSize`.
    static func rgb(_ frame: RasterImage) -> [UInt8] {
        let (width, height) = paddedSize(width: frame.width, height: frame.height)
        var bytes = [UInt8](repeating: 255, count: width * height * 3)
        guard frame.width > 0, frame.height > 0 else { return bytes }
        frame.rgba.withUnsafeBufferPointer { source in
            bytes.withUnsafeMutableBufferPointer { target in
                for y in 0..<height {
                    let sourceRow = min(y, frame.height - 1) * frame.width * 4
                    for x in 0..<width {
                        let s = sourceRow + min(x, frame.width - 1) * 4
                        let t = (y * width + x) * 3
                        let alpha = Int(source[s + 3])
                        for channel in 0..<3 {
                            // Straight alpha over white, rounded: c·a/255 + 255·(1 − a/255).
                            let value = Int(source[s + channel]) * alpha + 255 * (255 - alpha)
                            target[t + channel] = UInt8((value + 127) / 255)
                        }
                    }
                }
            }
        }
        return bytes
    }
}
