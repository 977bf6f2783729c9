import Foundation
import Testing

@testable import Core

/// Issue 10: an IDX file is read within bounds. The header comes first; a raw file must have the length it
/// announces (checked from its size, before its data is read); a pipe or device is read no further than that;
/// a gzip stream is inflated into exactly what the header announces, and a longer or shorter stream is an error.
@Suite("IDX files read within bounds")
struct IDXBoundsTests {
    private static let labels: [UInt8] = (0..<200).map { UInt8($0 % 10) }
    private static let labelFile = IDXFixture.header(magic: 2049, dimensions: [200]) + labels

    /// A 5 GB sparse raw file with a valid header: refused from its size at once (it was read whole first).
    @Test func aHugeSparseRawFileIsRefusedFromItsSize() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let path = fixture.write(
            "train-images-idx3-ubyte", IDXFixture.header(magic: 2051, dimensions: [60_000, 28, 28]))
        #expect(truncate(path, 5 << 30) == 0)
        #expect(throws: IDXError.trailingBytes(path: path, expectedBytes: 47_040_016)) {
            try IDXImages(contentsOf: path)
        }
        // A header announcing more than the 1 GiB allowed, in a file that size: the header answers first.
        let big = fixture.write("big", IDXFixture.header(magic: 2051, dimensions: [70_000, 4096, 4096]))
        #expect(truncate(big, 5 << 30) == 0)
        #expect(
            throws: IDXError.tooLarge(
                path: big, dimensions: [70_000, 4096, 4096], maximumBytes: IDXHeader.maximumBytes)
        ) {
            try IDXImages(contentsOf: big)
        }
    }

    /// A link to /dev/zero was read until the memory ran out; its first bytes are no IDX header.
    @Test func aDeviceIsReadOnlyAsFarAsItsHeader() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let link = fixture.path("train-images-idx3-ubyte")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/zero")
        #expect(throws: IDXError.wrongMagic(path: link, found: 0, expected: 2051)) { try IDXImages(contentsOf: link) }
        // Bounded even with an inspection that accepts anything: the bound ends the reading.
        #expect(throws: IDXError.fileTooLarge(path: link, bytes: 1001, maximumBytes: 1000)) {
            try StoredFile.bytes(atPath: link, maximumBytes: 1000)
        }
    }

    /// A FIFO is read up to the length its header announces, and one byte more to tell a longer stream.
    @Test func aFIFOIsReadUpToItsAnnouncedLength() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        for (extra, name) in [(0, "exact"), (5, "longer")] {
            let path = fixture.path(name)
            #expect(mkfifo(path, 0o600) == 0)
            let content = Self.labelFile + [UInt8](repeating: 1, count: extra)
            // Fits the pipe's buffer, so the writer never waits for the reader.
            let writer = Thread {
                let descriptor = open(path, O_WRONLY)
                content.withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
            }
            writer.start()
            if extra == 0 {
                #expect(try IDXLabels(contentsOf: path).labels == Self.labels)
            } else {
                #expect(throws: IDXError.trailingBytes(path: path, expectedBytes: Self.labelFile.count)) {
                    try IDXLabels(contentsOf: path)
                }
            }
        }
    }

    /// The budget check peeks at headers of regular files only; a device is not read at all.
    @Test func headersOfDevicesAreNotPeekedAt() throws {
        #expect(try IDXKind.labels.header(atPath: "/dev/zero") == nil)
        #expect(try StoredFile.prefix(atPath: "/dev/zero", count: 16) == nil)
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let path = fixture.write("labels.gz", Self.labelFile, gzip: true)
        #expect(try IDXKind.labels.header(atPath: path)?.dimensions == [200])
    }

    /// Gzip streams longer or shorter than the header announces, through libdeflate and through zlib.
    @Test(arguments: [false, true])
    func gzipStreamsOfTheWrongLength(fast: Bool) throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        func gzipped(_ bytes: [UInt8]) throws -> [UInt8] {
            try #require(
                FileManager.default.contents(atPath: fixture.write("f-\(UUID().uuidString).gz", bytes, gzip: true))
            ).map { $0 }
        }
        func decode(_ stored: [UInt8]) throws(IDXError) -> [UInt8] {
            let reader = try CompressedBytesReader(
                stored: stored, path: "x.gz", fastInflater: fast ? LibDeflate.shared : nil)
            return try IDXHeader(reader: reader, kind: .labels).readBody(from: reader)
        }
        #expect(try decode(gzipped(Self.labelFile)) == Self.labels)
        #expect(throws: IDXError.trailingBytes(path: "x.gz", expectedBytes: Self.labelFile.count)) {
            try decode(try gzipped(Self.labelFile + [7]))
        }
        #expect(
            throws: IDXError.truncated(
                path: "x.gz", expectedBytes: Self.labelFile.count, foundBytes: Self.labelFile.count - 1)
        ) {
            try decode(try gzipped(Array(Self.labelFile.dropLast())))
        }
    }

    /// The header's sizes are multiplied with checks: no product can overflow or pass the limit.
    @Test func headerSizesAreChecked() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        for dimensions: [UInt32] in [
            [10_000_000, 10_000_000, 10_000_000], [1, 1 << 16, 1 << 15], [10_000_000, 200, 1],
        ] {
            let path = fixture.write("h", IDXFixture.header(magic: 2051, dimensions: dimensions))
            #expect(
                throws: IDXError.tooLarge(
                    path: path, dimensions: dimensions.map(Int.init), maximumBytes: IDXHeader.maximumBytes)
            ) {
                try IDXImages(contentsOf: path)
            }
        }
    }

    /// The shape of a data set comes from its headers alone (the first bytes of each file, gzip or raw).
    @Test func datasetShapeFromHeadersAlone() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let location = fixture.writeDataset(trainCount: 40, testCount: 20, gzip: true)
        let shape = try #require(try DatasetShape(location: location))
        #expect(shape.trainCount == 40 && shape.testCount == 20 && shape.rows == 4 && shape.columns == 4)
        #expect(shape.storedBytes > 0)
    }
}
