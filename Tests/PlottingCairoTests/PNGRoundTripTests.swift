import ImageComparison
import Plotting
import Testing

@testable import PlottingCairo

@Suite struct PNGRoundTripTests {
    /// The PNG decodes to exactly the canvas's pixels.
    func expectRoundTrip(_ canvas: CairoCanvas) throws {
        let expected = try #require(canvas.pixels)
        let decoded = try PNGCodec.decode(try canvas.finish(), name: "round trip")
        #expect(decoded.width == expected.width && decoded.height == expected.height)
        #expect(decoded.bytes == expected.rgba)
    }

    @Test func opaquePlot() throws {
        let canvas = try CairoCanvas(format: .png, width: 6.4, height: 4.8, dpi: 100)
        drawSamplePlot(canvas)
        try expectRoundTrip(canvas)
    }

    @Test func translucentPixelsKeepStraightAlpha() throws {
        let canvas = try CairoCanvas(format: .png, width: 1, height: 1, dpi: 100)
        for i in 0..<8 {
            canvas.fill(
                .circle(center: Point(36, 36), radius: Double(36 - 4 * i)),
                color: Color(hex: 0x1f77b4, alpha: 0.15 + 0.1 * Double(i)))
        }
        try expectRoundTrip(canvas)
    }

    /// Noise does not compress: the encoder's first buffer is too small and it must retry with the size
    /// libpng asks for.
    @Test func incompressibleImagesNeedTheSecondBuffer() throws {
        let canvas = try CairoCanvas(format: .png, width: 3, height: 3, dpi: 72)
        var state: UInt64 = 12345
        for y in 0..<216 {
            for x in 0..<216 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                canvas.fill(
                    .rectangle(Rect(x: Double(x), y: Double(y), width: 1, height: 1)),
                    color: Color(hex: UInt32(truncatingIfNeeded: state >> 40)))
            }
        }
        let raw = 216 * (216 * 3 + 1)
        let expected = try #require(canvas.pixels)
        let png = try canvas.finish()
        #expect(png.count > raw / 4 + 65536)  // larger than the first buffer: written on the second try
        #expect(try PNGCodec.decode(png, name: "noise").bytes == expected.rgba)
    }
}
