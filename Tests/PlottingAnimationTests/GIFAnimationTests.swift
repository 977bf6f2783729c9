import ImageComparison
import Plotting
import PlottingCairo
import Testing

@testable import PlottingAnimation

/// The GIF path end to end: an `Animation` drawn by Cairo in parallel, encoded, decoded again.
@Suite struct GIFAnimationTests {
    /// A point moving along a line with its trail, 5 frames at 10 fps, held 1 s, drawn at 3.2 × 2.4 in, 50 dpi.
    let animation = Animation(frameCount: 5, framesPerSecond: 10, hold: 1, title: "moving point") { index in
        let xs = (0...index).map { Double($0) }
        return Figure(
            Axes(title: "step \(index)") {
                LineMark(x: xs, y: xs.map { $0 * $0 })
                ScatterMark(x: [xs[index]], y: [xs[index] * xs[index]])
            }, width: 3.2, height: 2.4, dpi: 50)
    }

    @Test func aDrawnAnimationComesBackAsDrawn() throws {
        let gif = try animation.render(as: .gif)
        var drawn: [RasterImage] = []
        try AnimationFrames.render(animation, workers: 1) { _, pixels in drawn.append(pixels) }
        let decoded = try GIFDecoder.decode(gif, name: "moving.gif")
        #expect(decoded.width == 160 && decoded.height == 120)
        #expect(decoded.frames.count == 5)
        #expect(decoded.delays == [10, 10, 10, 10, 110])
        #expect(decoded.plays == 0)
        var error = ColorError()
        for (frame, shown) in zip(drawn, decoded.frames) { error.add(original: frame.rgba, shown: shown.bytes) }
        #expect(error.psnr > 45, "PSNR \(error.psnr) dB")
        #expect(error.maximum < 60, "largest RGB error \(error.maximum)")
    }

    @Test func theSameAnimationGivesTheSameBytes() throws {
        let first = try animation.render(as: .gif)
        #expect(try animation.render(as: .gif) == first)
        #expect(Array(first.prefix(6)) == Array("GIF89a".utf8))
    }
}
