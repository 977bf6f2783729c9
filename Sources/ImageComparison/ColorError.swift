import Foundation

/// How far shown pixels are from the originals, over any number of image pairs: per pixel the Euclidean
/// distance in RGB (its mean and largest value) and the PSNR over the three colour channels (alpha ignored).
/// The GIF quantizer's measure (`dlplot-dev bench-gif`, tests, and bench/gif-quantizer/compare.c alike).
package struct ColorError: Sendable, Equatable {
    private var pixels = 0
    private var distanceSum = 0.0
    private var squaredSum = 0
    /// The largest per-pixel RGB distance.
    package private(set) var maximum = 0.0

    package init() {}

    /// Adds the pixels of two straight-RGBA buffers of the same length (extra bytes of the longer are ignored).
    package mutating func add(original: [UInt8], shown: [UInt8]) {
        let count = min(original.count, shown.count) / 4
        for pixel in 0..<count {
            var squared = 0
            for channel in 0..<3 {
                let difference = Int(original[pixel * 4 + channel]) - Int(shown[pixel * 4 + channel])
                squared += difference * difference
            }
            squaredSum += squared
            let distance = Double(squared).squareRoot()
            distanceSum += distance
            maximum = max(maximum, distance)
        }
        pixels += count
    }

    /// The mean per-pixel RGB distance.
    package var mean: Double { pixels == 0 ? 0 : distanceSum / Double(pixels) }

    /// The peak signal-to-noise ratio in dB over the colour channels; infinite when every pixel is exact.
    package var psnr: Double {
        guard squaredSum > 0, pixels > 0 else { return .infinity }
        return 10 * log10(255.0 * 255.0 / (Double(squaredSum) / Double(3 * pixels)))
    }
}
