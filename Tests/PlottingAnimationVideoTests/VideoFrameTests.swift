import PlottingCairo
import Testing

@testable import PlottingAnimation

/// Frames as ffmpeg's rgb24 input: composited over white, odd sizes padded by the edge.
struct VideoFrameTests {
    @Test func oddSizesArePaddedToEvenByRepeatingTheLastColumnAndRow() {
        // 3 × 1: red, green, blue.
        let frame = RasterImage(width: 3, height: 1, rgba: [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255])
        #expect(VideoFrame.paddedSize(width: 3, height: 1) == (4, 2))
        let row: [UInt8] = [255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255]
        #expect(VideoFrame.rgb(frame) == row + row)
    }

    @Test func evenSizesAreKeptAndTranslucentPixelsGoOverWhite() {
        let frame = RasterImage(
            width: 2, height: 2, rgba: [0, 0, 0, 0, 0, 0, 0, 128, 10, 20, 30, 255, 200, 0, 100, 51])
        #expect(VideoFrame.paddedSize(width: 2, height: 2) == (2, 2))
        #expect(VideoFrame.rgb(frame) == [255, 255, 255, 127, 127, 127, 10, 20, 30, 244, 204, 224])
    }
}
