import ImageComparison
import PlottingCairo
import Testing

@testable import PlottingAnimation

@Suite struct GIFRoundTripTests {
    @Test func fewColourFramesComeBackExactly() throws {
        let frames = [TestFrames.square(at: 2, 3), TestFrames.square(at: 10, 12), TestFrames.square(at: 30, 20)]
        let decoded = try GIFDecoder.decode(TestFrames.encode(frames), name: "squares.gif")
        #expect(decoded.width == 40 && decoded.height == 30)
        #expect(decoded.frames.count == 3)
        for (frame, shown) in zip(frames, decoded.frames) { #expect(TestFrames.rgbaImage(frame) == shown) }
    }

    @Test func manyColourFramesStayWithinTheQuantizersError() throws {
        let frames = (0..<4).map { TestFrames.gradient(phase: $0 * 7) }
        let decoded = try GIFDecoder.decode(TestFrames.encode(frames), name: "gradient.gif")
        #expect(decoded.frames.count == 4)
        for (frame, shown) in zip(frames, decoded.frames) {
            let expected = try #require(TestFrames.rgbaImage(frame))
            let error = TestFrames.error(expected, shown)
            #expect(error.maximum <= 40, "largest channel error \(error.maximum)")
            #expect(error.mean <= 6, "mean channel error \(error.mean)")
        }
    }

    @Test func aFrameLikeTheOneBeforeIsOnlyATransparentPixel() throws {
        let one = TestFrames.gradient(phase: 0)
        let single = try TestFrames.encode([one])
        let repeated = try TestFrames.encode([one, one])
        // A graphics control extension (8 bytes), a 1 × 1 image descriptor (10) and its LZW data (about 6).
        #expect(repeated.count - single.count < 40)
        let decoded = try GIFDecoder.decode(repeated, name: "repeated.gif")
        #expect(decoded.frames.count == 2)
        #expect(decoded.frames[0] == decoded.frames[1])
    }

    @Test func onlyTheChangedRectangleIsStored() throws {
        let background = TestFrames.gradient(phase: 0, width: 200, height: 200)
        var moved = background.rgba
        for offset in stride(from: (100 * 200 + 100) * 4, to: (100 * 200 + 103) * 4, by: 4) { moved[offset] = 7 }
        let next = RasterImage(width: 200, height: 200, rgba: moved)
        let twice = try TestFrames.encode([background, background])
        let changed = try TestFrames.encode([background, next])
        #expect(changed.count - twice.count < 40)
        let decoded = try GIFDecoder.decode(changed, name: "changed.gif")
        #expect(decoded.frames[1][101, 100] != decoded.frames[0][101, 100])
        #expect(decoded.frames[1][99, 100] == decoded.frames[0][99, 100])
    }

    @Test func aSingleFrameAnimation() throws {
        let frame = TestFrames.square(at: 0, 0)
        let decoded = try GIFDecoder.decode(TestFrames.encode([frame], duration: 0.5), name: "one.gif")
        #expect(decoded.frames == [try #require(TestFrames.rgbaImage(frame))])
        #expect(decoded.delays == [50])
    }

    @Test func theSameFramesGiveTheSameBytes() throws {
        let frames = (0..<3).map { TestFrames.gradient(phase: $0) }
        #expect(try TestFrames.encode(frames) == TestFrames.encode(frames))
    }

    @Test func coloursFirstSeenAfterThePaletteIsFixedGetTheirNearestEntry() throws {
        let frames = [
            TestFrames.square(at: 0, 0), TestFrames.square(at: 5, 5),
            TestFrames.gradient(phase: 0, width: 40, height: 30),
        ]
        // The palette is fixed after frame 0, from black and white only.
        let bytes = try TestFrames.encode(frames, maximumBufferedPixels: 100)
        let decoded = try GIFDecoder.decode(bytes, name: "late.gif")
        #expect(decoded.frames.count == 3)
        #expect(decoded.frames[1] == TestFrames.rgbaImage(frames[1]))
        let colours = Set(stride(from: 0, to: decoded.frames[2].bytes.count, by: 4).map { decoded.frames[2].bytes[$0] })
        #expect(colours.isSubset(of: [0, 255]))
    }
}
