import Foundation
import Testing
@testable import Core

@Suite("Data set checksum")
struct DataChecksumTests {
    /// `sha256sum train-images-idx3-ubyte train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte t10k-labels-idx1-ubyte
    /// | sha256sum` over four files holding "a", "b", "c" and "d".
    static let expected = "c8db89f87f05f7f56b67a97878a628033f7d1c1b4dc42989490d35de6294144c"

    @Test("the checksum is sha256sum's listing of the four files as stored, hashed again; a missing file is named")
    func matchesSha256sum() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let location = DatasetLocation(directory: fixture.folder)
        // The contents are not IDX: the checksum reads the bytes as stored and never decodes them.
        fixture.write("train-images-idx3-ubyte", Array("a".utf8))
        fixture.write("train-labels-idx1-ubyte.gz", Array("b".utf8))
        fixture.write("t10k-images-idx3-ubyte", Array("c".utf8))
        #expect(throws: DatasetError.missingFile(directory: fixture.folder, baseName: "t10k-labels-idx1-ubyte")) {
            try DataChecksum.sha256(of: location)
        }
        fixture.write("t10k-labels-idx1-ubyte", Array("d".utf8))
        #expect(try DataChecksum.sha256(of: location) == Self.expected)
        let digests = ["a", "b", "c", "d"].map { DataChecksum.fileDigest(Array($0.utf8)) }
        #expect(try DataChecksum.combine(digests, location: location) == Self.expected)
    }
}
