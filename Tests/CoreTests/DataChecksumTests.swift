import Foundation
import Testing

@testable import Core

@Suite("Data set checksum")
struct DataChecksumTests {
    /// `sha256sum train-images-idx3-ubyte train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte t10k-labels-idx1-ubyte
    /// | sha256sum` over four one-item IDX files (the labels gzip-compressed with mtime 0 by Python's gzip).
    static let expected = "84a655a24210b5e5e032b88c290887407004ee238bb09061a521f04f288d9592"
    static let images: [UInt8] = [0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 7]
    static let labels: [UInt8] = [0, 0, 8, 1, 0, 0, 0, 1, 3]
    static let labelsGzip: [UInt8] = [
        31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 99, 96, 224, 96, 100, 96, 96, 96, 100, 6, 0, 151,
        233, 168, 158, 9, 0, 0, 0,
    ]

    @Test("the checksum is sha256sum's listing of the four files as stored, hashed again; a missing file is named")
    func matchesSha256sum() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let location = DatasetLocation(directory: fixture.folder)
        // The checksum is over the bytes as stored (the gzip file's, not what it inflates to).
        fixture.write("train-images-idx3-ubyte", Self.images)
        fixture.write("train-labels-idx1-ubyte.gz", Self.labelsGzip)
        fixture.write("t10k-images-idx3-ubyte", Self.images)
        #expect(throws: DatasetError.missingFile(directory: fixture.folder, baseName: "t10k-labels-idx1-ubyte")) {
            try DataChecksum.sha256(of: location)
        }
        fixture.write("t10k-labels-idx1-ubyte", Self.labels)
        #expect(try DataChecksum.sha256(of: location) == Self.expected)
        let digests = [Self.images, Self.labelsGzip, Self.images, Self.labels].map { DataChecksum.fileDigest($0) }
        #expect(try DataChecksum.combine(digests, location: location) == Self.expected)
    }
}
