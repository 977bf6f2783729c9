import Testing

@testable import Core

/// Inputs found by fuzzing the IDX reader (`make fuzz`, Fuzz/IDXFuzz.swift), minimised: a few bytes whose IDX
/// header or gzip trailer promised a gigabyte once made the reader reserve that gigabyte up front.
@Suite("IDX inputs found by fuzzing")
struct IDXFuzzFindingsTests {
    /// One gzip member (29 bytes) holding only an image header that promises 1024 × 1024 × 1024 pixels (1 GiB).
    static let headerPromisingOneGiB: [UInt8] = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x63, 0x60, 0xe0, 0x60, 0x66, 0x60, 0x60, 0x61,
        0x80,
        0x61, 0x00, 0xc5, 0x1e, 0x3e, 0x94, 0x10, 0x00, 0x00, 0x00,
    ]
    /// libFuzzer's minimised input (18 bytes): the gzip magic, damaged data, and a trailer claiming 1 GiB + 12 bytes.
    static let trailerClaimingOneGiB: [UInt8] = [
        0x1f, 0x8b, 0x60, 0x64, 0x60, 0x00, 0x40, 0x64, 0x00, 0x40, 0xc2, 0x00, 0x00, 0x40, 0x0c, 0x00, 0x00, 0x40,
    ]

    @Test("zlib inflates the body a header promises into a buffer no larger than the compressed bytes can fill")
    func zlibBufferIsBoundedByTheInput() throws {
        let reader = try CompressedBytesReader(stored: Self.headerPromisingOneGiB, path: "header.gz", fastInflater: nil)
        #expect(try reader.read(upTo: 16) == IDXFixture.header(magic: 2051, dimensions: [1024, 1024, 1024]))
        let body = try reader.read(upTo: 1 << 30)
        #expect(body.isEmpty)
        #expect(body.capacity < 1 << 20)
    }

    @Test("a header promising 1 GiB with no data after it is a truncated file, raw or gzip")
    func promisedBodyIsMissing() {
        let header = IDXFixture.header(magic: 2051, dimensions: [1024, 1024, 1024])
        for (stored, path) in [(header, "images"), (Self.headerPromisingOneGiB, "images.gz")] {
            #expect(throws: IDXError.truncated(path: path, expectedBytes: 16 + (1 << 30), foundBytes: 16)) {
                try IDXImages(stored: stored, path: path)
            }
        }
    }

    @Test("a gzip trailer claiming more than deflate can expand the file to is not believed")
    func trailerClaimIsBounded() {
        #expect(CompressedBytesReader.inflatedSizeBound(Self.trailerClaimingOneGiB.count) < 0x4000_000c)
        #expect(
            LibDeflate.shared?.inflateSingleMember(Self.trailerClaimingOneGiB, maximumBytes: IDXHeader.maximumFileBytes)
                == nil)
        #expect(throws: IDXError.unreadable(path: "x.gz", reason: "unknown compression method")) {
            try IDXImages(stored: Self.trailerClaimingOneGiB, path: "x.gz")
        }
    }
}
