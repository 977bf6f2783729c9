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
        for (index, (frame, shown)) in zip(frames, decoded.frames).enumerated() {
            let exact = TestFrames.rgbaImage(frame) == shown
            #expect(exact, "frame \(index) differs")
        }
    }

    @Test func manyColourFramesComeBackBetterThanWithAFixedPalette() throws {
        let frames = (0..<4).map { TestFrames.gradient(phase: $0 * 7) }
        let decoded = try GIFDecoder.decode(TestFrames.encode(frames), name: "gradient.gif")
        #expect(decoded.frames.count == 4)
        // The reference: every pixel on a fixed grid of 6 × 7 × 6 = 252 colours, its nearest level per channel.
        func level(_ value: UInt8, _ steps: Int) -> UInt8 {
            let step = 255 / Double(steps - 1)
            return UInt8((Double(value) / step).rounded() * step)
        }
        var ours = ColorError(), grid = ColorError()
        for (frame, shown) in zip(frames, decoded.frames) {
            ours.add(original: frame.rgba, shown: shown.bytes)
            var fixed = frame.rgba
            for offset in stride(from: 0, to: fixed.count, by: 4) {
                fixed[offset] = level(fixed[offset], 6)
                fixed[offset + 1] = level(fixed[offset + 1], 7)
                fixed[offset + 2] = level(fixed[offset + 2], 6)
            }
            grid.add(original: frame.rgba, shown: fixed)
        }
        #expect(ours.mean < grid.mean * 0.8, "mean RGB error \(ours.mean), the grid's \(grid.mean)")
        #expect(ours.psnr > grid.psnr + 1, "PSNR \(ours.psnr) dB, the grid's \(grid.psnr) dB")
        #expect(ours.maximum <= grid.maximum, "largest RGB error \(ours.maximum), the grid's \(grid.maximum)")
    }

    @Test func aFrameLikeTheOneBeforeIsOnlyATransparentPixel() throws {
        let one = TestFrames.gradient(phase: 0)
        let single = try TestFrames.encode([one])
        let repeated = try TestFrames.encode([one, one])
        // A graphics control extension (8 bytes), a 1 × 1 image descriptor (10) and its LZW data (about 6).
        #expect(repeated.count - single.count < 40)
        let decoded = try GIFDecoder.decode(repeated, name: "repeated.gif")
        #expect(decoded.frames.count == 2)
        let same = decoded.frames[0] == decoded.frames[1]
        #expect(same, "frame 1 differs from frame 0")
    }

    @Test func onlyTheChangedRectangleIsStoredWithUnchangedPixelsTransparent() throws {
        let background = TestFrames.gradient(phase: 0, width: 200, height: 200)
        var moved = background.rgba
        for (x, y) in [(10, 10), (190, 190)] { moved[(y * 200 + x) * 4] ^= 0x80 }
        let next = RasterImage(width: 200, height: 200, rgba: moved)
        let twice = try TestFrames.encode([background, background])
        let changed = try TestFrames.encode([background, next])
        // The 181 × 181 rectangle between the two pixels is one transparent run: a few hundred bytes of LZW,
        // where the gradient itself would take tens of kilobytes.
        #expect(changed.count - twice.count < 1000, "\(changed.count - twice.count) bytes more")
        let decoded = try GIFDecoder.decode(changed, name: "changed.gif")
        for (x, y) in [(10, 10), (190, 190)] { #expect(decoded.frames[1][x, y] != decoded.frames[0][x, y]) }
        var differing = 0
        for offset in stride(from: 0, to: decoded.frames[0].bytes.count, by: 4)
        where decoded.frames[0].bytes[offset..<offset + 4] != decoded.frames[1].bytes[offset..<offset + 4] {
            differing += 1
        }
        #expect(differing == 2)
    }

    @Test func moreColoursThanIDsFixThePaletteEarly() throws {
        // 75,000 different colours in frame 0: the palette is made from the first 65,536.
        let frame = TestFrames.frame(width: 300, height: 250) { x, y in
            let index = y * 300 + x
            return (UInt8(index >> 10 & 0xFF), UInt8(index >> 5 & 0xFF), UInt8(index & 0xFF))
        }
        let decoded = try GIFDecoder.decode(TestFrames.encode([frame, frame]), name: "many.gif")
        var error = ColorError()
        error.add(original: frame.rgba, shown: decoded.frames[1].bytes)
        #expect(decoded.frames.count == 2)
        #expect(error.psnr > 25, "PSNR \(error.psnr) dB")
    }

    @Test func aSingleFrameAnimation() throws {
        let frame = TestFrames.square(at: 0, 0)
        let decoded = try GIFDecoder.decode(TestFrames.encode([frame], duration: 0.5), name: "one.gif")
        let exact = decoded.frames == [try #require(TestFrames.rgbaImage(frame))]
        #expect(exact, "the frame differs")
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
        let exact = decoded.frames[1] == TestFrames.rgbaImage(frames[1])
        #expect(exact, "frame 1 differs")
        let colours = Set(stride(from: 0, to: decoded.frames[2].bytes.count, by: 4).map { decoded.frames[2].bytes[$0] })
        #expect(colours.isSubset(of: [0, 255]))
    }
}
