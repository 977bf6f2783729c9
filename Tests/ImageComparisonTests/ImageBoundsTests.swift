import Foundation
import Testing

@testable import ImageComparison

/// Issue 10: `compare` allocates nothing beyond its inputs: a PNG header announcing too many pixels is refused
/// before decoding, files are read within a bound, and a diff is never larger than the larger image.
@Suite struct ImageBoundsTests {
    /// A valid PNG whose header announces `width × height` (its data is a few bytes: decoding would fail later).
    private func headerOnly(width: UInt32, height: UInt32) -> [UInt8] {
        let ihdr = RawPNG.be32(width) + RawPNG.be32(height) + [8, 6, 0, 0, 0]
        return PNGChunkStructure.signature + RawPNG.chunk("IHDR", ihdr)
            + RawPNG.chunk("IDAT", RawPNG.zlibStored([0, 0, 0, 0, 0]))
            + RawPNG.chunk("IEND", [])
    }

    @Test func aHeaderPastThePixelLimitIsRefusedBeforeDecoding() {
        // 10000×10000: two all-black PNGs of that size are 0.8 MB together but took 1.39 GB to compare with
        // --diff; 7072×7071 is the first size past 50 megapixels.
        for (width, height) in [(20_000, 20_000), (100_000, 1_001), (10_000, 10_000), (7_072, 7_071)]
            as [(UInt32, UInt32)]
        {
            #expect(throws: ImageComparisonError.tooLarge(name: "big", width: Int(width), height: Int(height))) {
                try PNGCodec.decode(headerOnly(width: width, height: height), name: "big")
            }
        }
        // Past libpng's own limits (a million a side, 2³¹ − 1), libpng refuses the header itself.
        for (width, height) in [(1_000_001, 1), (1, 1_000_001), (0xFFFF_FFFF, 0xFFFF_FFFF)] as [(UInt32, UInt32)] {
            #expect(throws: ImageComparisonError.self) {
                try PNGCodec.decode(headerOnly(width: width, height: height), name: "big")
            }
        }
        let message = ImageComparisonError.tooLarge(name: "big.png", width: 20_000, height: 20_000).description
        #expect(message.contains("20000×20000") && message.contains("50000000"))
    }

    /// 100000×1 against 1×100000 made a 10-gigapixel diff; now the diff has the larger image's size.
    @Test func theDiffIsNeverLargerThanTheLargerImage() {
        let wide = RGBAImage(width: 100_000, height: 1, filledWith: .white)
        let tall = RGBAImage(width: 1, height: 100_000, filledWith: .white)
        let size = DiffImage.size(expected: wide, actual: tall)
        #expect(size.width * size.height == 100_000)
        let diff = DiffImage.make(expected: wide, actual: tall)
        #expect(
            diff.width == 100_000 && diff.height == 1 && diff[1, 0] == DiffImage.changed
                && diff[0, 0] != DiffImage.changed)
        // When one image holds the other, the diff covers both, as before.
        let small = RGBAImage(width: 3, height: 2, filledWith: .white),
            large = RGBAImage(width: 4, height: 5, filledWith: .white)
        #expect(DiffImage.size(expected: small, actual: large) == (4, 5))
    }

    @Test func filesAreReadWithinABound() throws {
        #expect(throws: ImageComparisonError.invalidPNG(name: "/dev/zero", reason: "missing PNG signature")) {
            try PNGCodec.readFile("/dev/zero", pngOnly: true)
        }
        // A FIFO nobody writes to: read as empty at once (it blocked forever on open).
        let fifo = NSTemporaryDirectory() + "fifo-\(UUID().uuidString).png"
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: ImageComparisonError.invalidPNG(name: fifo, reason: "the file is empty")) {
            try PNGCodec.readFile(fifo, pngOnly: true)
        }
        let path = NSTemporaryDirectory() + "sparse-\(UUID().uuidString).png"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(PNGChunkStructure.signature)))
        #expect(truncate(path, off_t(PNGCodec.maximumFileBytes) + 1) == 0)
        #expect(throws: ImageComparisonError.self) { try PNGCodec.readFile(path) }
    }
}
