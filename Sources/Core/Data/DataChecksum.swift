import Foundation
import Platform

/// The fingerprint of a data set that a training series records: SHA-256 over `sha256sum`-style lines, one per
/// file in `DatasetFile` order, each "<SHA-256 of the file's bytes as stored>  <file name>". So
/// `sha256sum train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte.gz
/// t10k-labels-idx1-ubyte.gz | sha256sum` in the data folder gives the same digest.
public enum DataChecksum {
    /// The checksum of the four files at `location`, read (but not decoded) side by side.
    public static func sha256(of location: DatasetLocation) throws(DatasetError) -> String {
        try combine(MNISTDataset.fingerprints(location: location, fingerprint: fileDigest), location: location)
    }

    /// One file's SHA-256 (hex), of its bytes as stored.
    @Sendable public static func fileDigest(_ stored: [UInt8]) -> String { SHA256.hex(stored) }

    /// The data set's checksum from its files' digests in `DatasetFile.allCases` order.
    public static func combine(_ fileDigests: [String], location: DatasetLocation) throws(DatasetError) -> String {
        var lines = ""
        for (file, digest) in zip(DatasetFile.allCases, fileDigests) {
            lines += digest + "  " + PathText.baseName(of: try location.path(of: file)) + "\n"
        }
        return SHA256.hex(Array(lines.utf8))
    }
}
