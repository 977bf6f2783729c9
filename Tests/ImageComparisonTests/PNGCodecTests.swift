import Foundation
import Testing

@testable import ImageComparison

@Suite struct PNGCodecTests {
    let red = RGBAPixel(red: 255, green: 0, blue: 0)

    @Test func decodesGreyscale8() throws {
        let png = RawPNG.make(width: 2, height: 1, bitDepth: 8, colorType: 0, rows: [[0, 200]])
        let image = try PNGCodec.decode(png, name: "grey.png")
        #expect(image[0, 0] == RGBAPixel(red: 0, green: 0, blue: 0))
        #expect(image[1, 0] == RGBAPixel(red: 200, green: 200, blue: 200))
    }

    @Test func decodesGreyAlpha8() throws {
        let png = RawPNG.make(width: 1, height: 1, bitDepth: 8, colorType: 4, rows: [[90, 10]])
        #expect(try PNGCodec.decode(png, name: "ga.png")[0, 0] == RGBAPixel(red: 90, green: 90, blue: 90, alpha: 10))
    }

    @Test func decodesRGB8AndRGBA8() throws {
        let rgb = RawPNG.make(width: 1, height: 2, bitDepth: 8, colorType: 2, rows: [[1, 2, 3], [4, 5, 6]])
        let decoded = try PNGCodec.decode(rgb, name: "rgb.png")
        #expect(decoded[0, 1] == RGBAPixel(red: 4, green: 5, blue: 6))
        let rgba = RawPNG.make(width: 1, height: 1, bitDepth: 8, colorType: 6, rows: [[10, 20, 30, 40]])
        #expect(try PNGCodec.decode(rgba, name: "rgba.png")[0, 0] == RGBAPixel(red: 10, green: 20, blue: 30, alpha: 40))
    }

    @Test func decodes16BitByScalingNotRegamma() throws {
        let png = RawPNG.make(
            width: 1, height: 1, bitDepth: 16, colorType: 6, rows: [[0x80, 0x80, 0xff, 0xff, 0, 0, 0xff, 0xff]])
        #expect(try PNGCodec.decode(png, name: "16.png")[0, 0] == RGBAPixel(red: 128, green: 255, blue: 0, alpha: 255))
    }

    @Test func decodesPaletteWithTransparencyAndLowBitDepths() throws {
        let png = RawPNG.make(
            width: 3, height: 1, bitDepth: 2, colorType: 3, rows: [[0b00_01_10_00]],
            palette: [255, 0, 0, 0, 255, 0, 0, 0, 255], transparency: [255, 128])
        let image = try PNGCodec.decode(png, name: "pal.png")
        #expect(image[0, 0] == red)
        #expect(image[1, 0] == RGBAPixel(red: 0, green: 255, blue: 0, alpha: 128))
        #expect(image[2, 0] == RGBAPixel(red: 0, green: 0, blue: 255))
        let bits = RawPNG.make(width: 9, height: 1, bitDepth: 1, colorType: 0, rows: [[0b1000_0001, 0b1000_0000]])
        let bw = try PNGCodec.decode(bits, name: "1bit.png")
        #expect((0..<9).map { bw[$0, 0]!.red } == [255, 0, 0, 0, 0, 0, 0, 255, 255])
    }

    @Test func encodeDecodeRoundTripKeepsEveryChannel() throws {
        var image = RGBAImage(width: 17, height: 5, filledWith: .transparent)
        for y in 0..<5 {
            for x in 0..<17 {
                image[x, y] = RGBAPixel(
                    red: UInt8(x * 15), green: UInt8(y * 50), blue: UInt8((x * y) % 256),
                    alpha: UInt8((x * 13 + y) % 256))
            }
        }
        let decoded = try PNGCodec.decode(try PNGCodec.encode(image), name: "round trip")
        #expect(decoded == image)
        #expect(try PNGCodec.encode(image) == PNGCodec.encode(image))
    }

    @Test func rejectsNonPNGEmptyAndTruncatedDataNamingTheFile() throws {
        let good = try PNGCodec.encode(RGBAImage(width: 4, height: 4, filledWith: red))
        let cases: [(String, [UInt8])] = [
            ("empty", []), ("text", Array("hello, world".utf8)), ("signature only", Array(good.prefix(8))),
            ("cut in IDAT", Array(good.prefix(good.count - 20))),
            ("cut before IEND", Array(good.prefix(good.count - 12))),
            ("cut in IEND", Array(good.prefix(good.count - 3))),
        ]
        for (name, data) in cases {
            #expect(throws: ImageComparisonError.self, "\(name)") { try PNGCodec.decode(data, name: "fig-\(name).png") }
            do { _ = try PNGCodec.decode(data, name: "fig-\(name).png") } catch {
                #expect("\(error)".contains("fig-\(name).png"))
                #expect(!"\(error)".contains("\n"))
            }
        }
    }

    @Test func rejectsCorruptChecksumAndMissingFile() throws {
        var corrupt = try PNGCodec.encode(RGBAImage(width: 4, height: 4, filledWith: red))
        corrupt[40] ^= 0xff
        #expect(throws: ImageComparisonError.self) { try PNGCodec.decode(corrupt, name: "corrupt.png") }
        #expect(throws: ImageComparisonError.unreadableFile(path: "/nonexistent/x.png", reason: "no such file")) {
            try PNGCodec.decode(contentsOf: "/nonexistent/x.png")
        }
        #expect(throws: ImageComparisonError.self) { try PNGCodec.decode(contentsOf: NSTemporaryDirectory()) }
    }

    @Test func rejectsHugeDeclaredSizeWithoutAllocating() {
        let png = RawPNG.make(width: 100_000, height: 100_000, bitDepth: 8, colorType: 0, rows: [])
        #expect(throws: ImageComparisonError.self) { try PNGCodec.decode(png, name: "huge.png") }
    }
}
