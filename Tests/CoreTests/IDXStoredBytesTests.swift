import Foundation
import Testing

@testable import Core

/// Decoding IDX files from their bytes as stored, as zlib's `gzread` would, and loading the four files of a
/// data set side by side with a fingerprint of each.
@Suite("IDX files from stored bytes")
struct IDXStoredBytesTests {
    private static let labels: [UInt8] = (0..<300).map { UInt8(($0 * 7 + 3) % 10) }
    private static let labelFile = IDXFixture.header(magic: 2049, dimensions: [300]) + labels

    /// The bytes of `bytes` gzip-compressed (one member), by way of a file written with zlib.
    private static func gzip(_ bytes: [UInt8], in fixture: IDXFixture) throws -> [UInt8] {
        let path = fixture.write("member-\(UUID().uuidString).gz", bytes, gzip: true)
        return try #require(FileManager.default.contents(atPath: path)).map { $0 }
    }

    /// `labelFile` as one gzip member written by zlib.
    private static func gzippedLabelFile() throws -> [UInt8] {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        return try gzip(labelFile, in: fixture)
    }

    /// `gzipped` with the CRC-32 in its trailer damaged.
    private static func withWrongCRC(_ gzipped: [UInt8]) -> [UInt8] {
        var damaged = gzipped
        damaged[damaged.count - 8] ^= 0xff
        return damaged
    }

    @Test("stored bytes decode like the file: raw, gzip, and gzip members one after another")
    func storedBytes() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let gzipped = try Self.gzip(Self.labelFile, in: fixture)
        #expect(try IDXLabels(stored: Self.labelFile, path: "raw").labels == Self.labels)
        #expect(try IDXLabels(stored: gzipped, path: "gzip").labels == Self.labels)
        let cut = 100
        let members =
            try Self.gzip(Array(Self.labelFile[..<cut]), in: fixture)
            + Self.gzip(Array(Self.labelFile[cut...]), in: fixture)
        #expect(try IDXLabels(stored: members, path: "members").labels == Self.labels)
        let path = fixture.write("members.gz", members)
        #expect(try IDXLabels(contentsOf: path).labels == Self.labels)
    }

    @Test("bytes after the last gzip member that are not another member are ignored, as gzread does")
    func trailingGarbage() throws {
        let gzipped = try Self.gzippedLabelFile() + Array("not gzip".utf8)
        #expect(try IDXLabels(stored: gzipped, path: "x").labels == Self.labels)
    }

    @Test("damaged compressed data, a wrong CRC and a cut stream are one-line errors naming the file")
    func damaged() throws {
        let gzipped = try Self.gzippedLabelFile()
        #expect(throws: IDXError.unreadable(path: "crc.gz", reason: "incorrect data check")) {
            try IDXLabels(stored: Self.withWrongCRC(gzipped), path: "crc.gz")
        }
        var badBlock = gzipped
        badBlock[10] = 0xff  // the first deflate block header: type 3 does not exist
        #expect(throws: IDXError.unreadable(path: "bad.gz", reason: "invalid block type")) {
            try IDXLabels(stored: badBlock, path: "bad.gz")
        }
        let cut = Array(gzipped.prefix(gzipped.count / 2))
        #expect(throws: IDXError.unreadable(path: "cut.gz", reason: "unexpected end of file")) {
            try IDXLabels(stored: cut, path: "cut.gz")
        }
        let message = IDXError.unreadable(path: "cut.gz", reason: "unexpected end of file").description
        #expect(message.contains("cut.gz") && !message.contains("\n"))
    }

    @Test("zlib alone and libdeflate's fast path give the same content, and the same errors")
    func withAndWithoutLibDeflate() throws {
        let gzipped = try Self.gzippedLabelFile()
        let wrongCRC = Self.withWrongCRC(gzipped)
        for fast in [nil, LibDeflate.shared] {
            #expect(
                try CompressedBytesReader(stored: gzipped, path: "x", fastInflater: fast).read(upTo: 1000)
                    == Self.labelFile)
            #expect(throws: IDXError.unreadable(path: "crc.gz", reason: "incorrect data check")) {
                try CompressedBytesReader(stored: wrongCRC, path: "crc.gz", fastInflater: fast).read(upTo: 1000)
            }
        }
    }

    @Test(
        "libdeflate takes only a whole single gzip member within the size limit", .enabled(if: LibDeflate.shared != nil)
    )
    func libDeflateSingleMemberOnly() throws {
        let library = try #require(LibDeflate.shared)
        let gzipped = try Self.gzippedLabelFile()
        #expect(library.inflateSingleMember(gzipped, maximumBytes: 1000) == Self.labelFile)
        #expect(library.inflateSingleMember(gzipped, maximumBytes: Self.labelFile.count - 1) == nil)
        #expect(library.inflateSingleMember(gzipped + gzipped, maximumBytes: 1000) == nil)
        #expect(library.inflateSingleMember(gzipped + [0], maximumBytes: 1000) == nil)
        #expect(library.inflateSingleMember(Array(gzipped.dropLast()), maximumBytes: 1000) == nil)
        #expect(library.inflateSingleMember(Self.withWrongCRC(gzipped), maximumBytes: 1000) == nil)
    }

    @Test("a folder given as a file cannot be opened")
    func folder() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        #expect(throws: IDXError.cannotOpen(path: fixture.folder)) { try IDXImages(contentsOf: fixture.folder) }
    }

    @Test(
        "loading gives each file's bytes as stored, in DatasetFile order, and the same data set",
        arguments: [false, true])
    func fingerprints(gzip: Bool) throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let location = fixture.writeDataset(gzip: gzip)
        let stored = try DatasetFile.allCases.map { file in
            try #require(FileManager.default.contents(atPath: try location.path(of: file))).map { $0 }
        }
        let loaded = try MNISTDataset.load(location: location) { $0 }
        #expect(loaded.fingerprints == stored)
        #expect(try MNISTDataset.fingerprints(location: location) { $0 } == stored)
        let plain = try MNISTDataset(location: location)
        #expect(loaded.dataset.train == plain.train && loaded.dataset.test == plain.test)
        #expect(try loaded.dataset.train.images == IDXImages(contentsOf: location.path(of: .trainImages)))
    }

    @Test("with several bad files the error is the first one met in file order")
    func firstErrorInFileOrder() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let location = fixture.writeDataset(gzip: false)
        let trainLabels = fixture.write(
            "train-labels-idx1-ubyte", IDXFixture.header(magic: 2051, dimensions: [40, 4, 4]))
        fixture.write("train-images-idx3-ubyte", IDXFixture.header(magic: 2051, dimensions: [40, 4, 4]) + [1, 2])
        try FileManager.default.removeItem(atPath: fixture.path("t10k-labels-idx1-ubyte"))
        let trainImages = fixture.path("train-images-idx3-ubyte")
        #expect(
            throws: DatasetError.invalidFile(.truncated(path: trainImages, expectedBytes: 16 + 640, foundBytes: 18))
        ) {
            try MNISTDataset(location: location)
        }
        fixture.write(
            "train-images-idx3-ubyte",
            IDXFixture.header(magic: 2051, dimensions: [40, 4, 4]) + [UInt8](repeating: 9, count: 640))
        #expect(throws: DatasetError.invalidFile(.wrongMagic(path: trainLabels, found: 2051, expected: 2049))) {
            try MNISTDataset(location: location)
        }
        #expect(throws: DatasetError.missingFile(directory: fixture.folder, baseName: "t10k-labels-idx1-ubyte")) {
            try MNISTDataset.fingerprints(location: location) { $0.count }
        }
    }
}
