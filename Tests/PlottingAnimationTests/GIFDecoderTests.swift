import Foundation
import ImageComparison
import Plotting
import Testing

@Suite struct GIFDecoderTests {
    let black = RGBAPixel(red: 0, green: 0, blue: 0)
    let white = RGBAPixel(red: 255, green: 255, blue: 255)
    let four: [[UInt8]] = [[0, 0, 0], [255, 255, 255], [255, 0, 0], [0, 0, 255]]

    /// The reason `bytes` are refused, or nil if they decode.
    func refusal(_ bytes: [UInt8], maximumTotalPixels: Int = GIFDecoder.defaultMaximumTotalPixels) -> String? {
        do {
            _ = try GIFDecoder.decode(bytes, name: "bad.gif", maximumTotalPixels: maximumTotalPixels)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aCraftedFrameDecodes() throws {
        let bytes =
            CraftedGIF.header(width: 3, height: 2) + CraftedGIF.image(x: 1, y: 0, width: 2, height: 2, index: 1)
            + CraftedGIF.end
        let decoded = try GIFDecoder.decode(bytes, name: "ok.gif")
        #expect(decoded.frames.count == 1 && decoded.delays == [0] && decoded.plays == 1)
        #expect(decoded.frames[0][0, 0] == .transparent)
        #expect(decoded.frames[0][2, 1] == white)
    }

    @Test func disposalClearsOrRestoresTheRectangle() throws {
        let base =
            CraftedGIF.header(width: 2, height: 1, colors: four)
            + CraftedGIF.control(disposal: 1) + CraftedGIF.image(x: 0, y: 0, width: 2, height: 1, index: 2)
        func frames(disposal: UInt8) throws -> [RGBAImage] {
            let bytes =
                base + CraftedGIF.control(disposal: disposal)
                + CraftedGIF.image(x: 1, y: 0, width: 1, height: 1, index: 3)
                + CraftedGIF.control(transparent: 0) + CraftedGIF.image(x: 0, y: 0, width: 1, height: 1, index: 0)
                + CraftedGIF.end
            return try GIFDecoder.decode(bytes, name: "disposal.gif").frames
        }
        let red = RGBAPixel(red: 255, green: 0, blue: 0), blue = RGBAPixel(red: 0, green: 0, blue: 255)
        for disposal: UInt8 in [0, 1, 2, 3] {
            let shown = try frames(disposal: disposal)
            #expect(shown.count == 3)
            #expect(shown[1][1, 0] == blue)
            let after = [0: blue, 1: blue, 2: RGBAPixel.transparent, 3: red][Int(disposal)]
            #expect(shown[2][1, 0] == after, "disposal \(disposal)")
            #expect(shown[2][0, 0] == red, "the transparent index leaves the pixel as it was")
        }
    }

    @Test func anInterlacedImageComesOutInRowOrder() throws {
        // The same 5 × 11 image (4 colours, pixel (x, y) is colour (x·y + y) mod 4), written by ImageMagick
        // interlaced and not.
        let interlaced = try #require(
            Data(
                base64Encoded:
                    "R0lGODlhBQALAPEAAP///wAAAP8AAAAA/yH5BAAAAAAALAAAAAAFAAsAQAIShI8psNL8RBADhCHBmPXmTVkFADs="))
        let progressive = try #require(
            Data(
                base64Encoded:
                    "R0lGODlhBQALAPEAAP///wAAAP8AAAAA/yH5BAAAAAAALAAAAAAFAAsAAAIThB0ykCA+RADrMHUdlNTe1TxCAQA7"))
        let colors = [white, black, RGBAPixel(red: 255, green: 0, blue: 0), RGBAPixel(red: 0, green: 0, blue: 255)]
        for data in [interlaced, progressive] {
            let frame = try GIFDecoder.decode(Array(data), name: "5x11.gif").frames[0]
            for y in 0..<11 {
                for x in 0..<5 { #expect(frame[x, y] == colors[(x * y + y) % 4], "(\(x), \(y))") }
            }
        }
    }

    @Test func aTruncatedFileIsRefused() throws {
        let bytes = try TestFrames.encode([TestFrames.gradient(phase: 0), TestFrames.gradient(phase: 3)])
        for length in [0, 5, 13, bytes.count / 2, bytes.count - 1] {
            let reason = refusal(Array(bytes.prefix(length)))
            #expect(
                reason?.hasPrefix("bad.gif is not a valid GIF: ") == true, "\(length) bytes: \(reason ?? "decoded")")
        }
    }

    @Test func aHugeScreenIsRefusedBeforeAnythingIsAllocated() {
        let reason = refusal(
            CraftedGIF.header(width: 65535, height: 65535) + CraftedGIF.image(x: 0, y: 0, width: 1, height: 1, index: 0)
                + CraftedGIF.end)
        #expect(
            reason == "bad.gif is not a valid GIF: its screen is 65535×65535 pixels; it must be 1 to 50000000 pixels")
        #expect(refusal(CraftedGIF.header(width: 0, height: 5) + CraftedGIF.end)?.contains("screen is 0×5") == true)
    }

    @Test func aFileWithoutFramesIsRefused() {
        #expect(
            refusal(CraftedGIF.header(width: 4, height: 4) + CraftedGIF.end)
                == "bad.gif is not a valid GIF: it has no frames")
    }

    @Test func tooManyPixelsInAllAreRefused() {
        let frame = CraftedGIF.image(x: 0, y: 0, width: 1, height: 1, index: 0)
        let bytes = CraftedGIF.header(width: 10, height: 10) + frame + frame + frame + CraftedGIF.end
        #expect(refusal(bytes, maximumTotalPixels: 300) == nil)
        #expect(
            refusal(bytes, maximumTotalPixels: 299)?.contains("3 frames of 10×10 are past the limit of 299") == true)
    }

    @Test func anImageOutsideTheScreenOrWithoutColoursIsRefused() {
        let outside =
            CraftedGIF.header(width: 2, height: 2) + CraftedGIF.image(x: 1, y: 1, width: 2, height: 1, index: 0)
            + CraftedGIF.end
        #expect(
            refusal(outside)?.contains("frame 0's image (2×1 at 1,1) is empty or not inside the 2×2 screen") == true)
        let empty =
            CraftedGIF.header(width: 2, height: 2) + CraftedGIF.image(x: 0, y: 0, width: 0, height: 1, index: 0)
            + CraftedGIF.end
        #expect(refusal(empty)?.contains("is empty or not inside") == true)
        let noTable =
            CraftedGIF.header(width: 2, height: 2, colors: [])
            + CraftedGIF.image(x: 0, y: 0, width: 1, height: 1, index: 0) + CraftedGIF.end
        #expect(refusal(noTable)?.contains("has no colour table") == true)
    }

    @Test func anIndexPastTheColourTableIsRefused() {
        let bytes =
            CraftedGIF.header(width: 1, height: 1) + CraftedGIF.image(x: 0, y: 0, width: 1, height: 1, index: 3)
            + CraftedGIF.end
        #expect(refusal(bytes)?.contains("uses colour 3 but its table has 2") == true)
    }

    @Test func theDecoderReadsAsManyFramesAsAnAnimationMayHave() {
        #expect(GIFDecoder.maximumFrames == AnimationLimits.maximumFrames)
    }

    @Test func somethingElseIsNotAGIF() {
        #expect(refusal(Array("PNG or not".utf8))?.hasPrefix("bad.gif is not a valid GIF: DGifOpen: ") == true)
    }
}
