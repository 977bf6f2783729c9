import CWebPDemux
import PlottingCairo
import Testing

@testable import PlottingAnimation

/// Animated lossless WebP: the file's chunks, and every frame decoded back (libwebp's WebPAnimDecoder) equal to
/// what went in, at the right times.
struct WebPAnimationTests {
    /// 4 frames of 64 × 48, the last held 0.25 s more, played 3 times.
    private static let header = TestAnimations.header(
        width: 64, height: 48, durations: [0.1, 0.1, 0.1, 0.35], loopCount: 3)

    private static func encode(_ header: AnimationHeader = header) throws -> [UInt8] {
        var encoder = try WebPAnimationEncoder(header: header)
        return try TestAnimations.encode(&encoder, header: header)
    }

    /// The decoded frames: full canvases (RGBA) and each one's end in milliseconds, plus the loop count.
    private static func decode(_ bytes: [UInt8]) throws -> (frames: [(rgba: [UInt8], end: Int)], loops: Int) {
        try bytes.withUnsafeBufferPointer { buffer in
            var data = WebPData(bytes: buffer.baseAddress, size: buffer.count)
            var options = WebPAnimDecoderOptions()
            try #require(WebPAnimDecoderOptionsInit(&options) != 0)
            options.color_mode = MODE_RGBA
            let decoder = try #require(WebPAnimDecoderNew(&data, &options))
            defer { WebPAnimDecoderDelete(decoder) }
            var info = WebPAnimInfo()
            try #require(WebPAnimDecoderGetInfo(decoder, &info) != 0)
            var frames: [(rgba: [UInt8], end: Int)] = []
            while WebPAnimDecoderHasMoreFrames(decoder) != 0 {
                var pixels: UnsafeMutablePointer<UInt8>?
                var end: Int32 = 0
                try #require(WebPAnimDecoderGetNext(decoder, &pixels, &end) != 0)
                let count = Int(info.canvas_width * info.canvas_height * 4)
                frames.append((Array(UnsafeBufferPointer(start: try #require(pixels), count: count)), Int(end)))
            }
            return (frames, Int(info.loop_count))
        }
    }

    @Test func framesDecodeBackExactlyAtTheirTimesWithTheLoopCount() throws {
        let decoded = try Self.decode(try Self.encode())
        #expect(decoded.loops == 3)
        #expect(decoded.frames.map(\.end) == [100, 200, 300, 650])
        for (index, frame) in decoded.frames.enumerated() {
            #expect(frame.rgba == TestAnimations.frame(index, width: 64, height: 48).rgba, "frame \(index)")
        }
    }

    @Test func theFileIsAnAnimatedRIFFWebPWithOneANMFChunkPerFrame() throws {
        let bytes = try Self.encode()
        #expect(Array(bytes[0..<4]) == Array("RIFF".utf8))
        #expect(Self.littleEndian(bytes[4..<8]) + 8 == bytes.count)
        #expect(Array(bytes[8..<16]) == Array("WEBPVP8X".utf8))
        #expect(bytes[20] & 0x02 != 0, "the animation flag of VP8X")
        var chunks: [String] = []
        var offset = 12
        while offset + 8 <= bytes.count {
            chunks.append(String(decoding: bytes[offset..<offset + 4], as: UTF8.self))
            offset += 8 + (Self.littleEndian(bytes[offset + 4..<offset + 8]) + 1) / 2 * 2
        }
        #expect(offset == bytes.count)
        #expect(chunks == ["VP8X", "ANIM", "ANMF", "ANMF", "ANMF", "ANMF"])
        // ANIM: background colour (4 bytes), then the loop count (2 bytes).
        #expect(Self.littleEndian(bytes[42..<44]) == 3)
    }

    @Test func durationsAreRoundedCumulativelySoTheTotalStaysExact() throws {
        let header = TestAnimations.header(width: 32, height: 16, durations: Array(repeating: 1 / 30, count: 4))
        // Each frame alone would round to 33 ms and the four end at 132 ms, not 133.
        let ends = try Self.decode(try Self.encode(header)).frames.map(\.end)
        #expect(ends == [33, 67, 100, 133])
    }

    @Test func theSameFramesGiveTheSameBytes() throws {
        #expect(try Self.encode() == Self.encode())
    }

    @Test func aFrameOfAnotherSizeIsAnEncoderError() throws {
        var encoder = try WebPAnimationEncoder(header: Self.header)
        #expect(throws: AnimationError.self) {
            try encoder.add(TestAnimations.frame(0, width: 10, height: 10), index: 0)
        }
    }

    private static func littleEndian(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}
