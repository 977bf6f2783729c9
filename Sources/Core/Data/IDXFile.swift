/// A set of greyscale images read from an IDX image file (magic 2051): `count` images of `rows × columns`
/// unsigned bytes, stored one image after another, row by row.
public struct IDXImages: Sendable, Equatable {
    /// The number of images.
    public let count: Int
    /// Pixel rows per image (28 in MNIST).
    public let rows: Int
    /// Pixel columns per image (28 in MNIST).
    public let columns: Int
    /// All pixels, `count × rows × columns` bytes, 0 = background.
    public let pixels: [UInt8]

    /// Pixels per image, `rows × columns`.
    public var pixelsPerImage: Int { rows * columns }

    /// Images from raw pixels; `pixels.count` must be `count × rows × columns`.
    public init(count: Int, rows: Int, columns: Int, pixels: [UInt8]) {
        precondition(count * rows * columns == pixels.count, "IDXImages: pixel count does not match the shape")
        self.count = count
        self.rows = rows
        self.columns = columns
        self.pixels = pixels
    }

    /// Reads an IDX image file, gzip-compressed or raw, checking the magic number, the dimensions and the length.
    public init(contentsOf path: String) throws(IDXError) {
        try self.init(stored: StoredFile.bytes(atPath: path), path: path)
    }

    /// Decodes the bytes of an IDX image file as stored (gzip-compressed or raw), checking the magic number,
    /// the dimensions and the length; `path` names the file in errors.
    public init(stored: [UInt8], path: String) throws(IDXError) {
        let reader = try CompressedBytesReader(stored: stored, path: path)
        let header = try IDXHeader(reader: reader, magic: IDXMagic.images, fieldNames: ["count", "rows", "columns"])
        let shape = header.dimensions
        let pixels = try header.readBody(from: reader)
        self.init(count: shape[0], rows: shape[1], columns: shape[2], pixels: pixels)
    }
}

/// Class labels read from an IDX label file (magic 2049): one unsigned byte per item.
public struct IDXLabels: Sendable, Equatable {
    /// The labels, each in `0..<classes`.
    public let labels: [UInt8]

    /// The number of labels.
    public var count: Int { labels.count }

    /// Labels from raw bytes (not checked against a class count).
    public init(labels: [UInt8]) { self.labels = labels }

    /// Reads an IDX label file, gzip-compressed or raw, checking the magic number, the length and that every
    /// label is a class index below `classes`.
    public init(contentsOf path: String, classes: Int = 10) throws(IDXError) {
        try self.init(stored: StoredFile.bytes(atPath: path), path: path, classes: classes)
    }

    /// Decodes the bytes of an IDX label file as stored (gzip-compressed or raw), with the checks of
    /// `init(contentsOf:classes:)`; `path` names the file in errors.
    public init(stored: [UInt8], path: String, classes: Int = 10) throws(IDXError) {
        let reader = try CompressedBytesReader(stored: stored, path: path)
        let header = try IDXHeader(reader: reader, magic: IDXMagic.labels, fieldNames: ["count"])
        let labels = try header.readBody(from: reader)
        if let bad = labels.firstIndex(where: { Int($0) >= classes }) {
            throw .labelOutOfRange(path: path, index: bad, label: labels[bad], classes: classes)
        }
        self.labels = labels
    }
}

/// The header of an IDX file: big-endian `UInt32` magic, then one big-endian `UInt32` per dimension.
struct IDXHeader {
    /// Largest accepted dimension: keeps `count × rows × columns` far from overflow and allocation sane.
    static let maximumDimension = 10_000_000
    /// Largest accepted data size in bytes (1 GiB; MNIST's training images are 47 MB).
    static let maximumBytes = 1 << 30
    /// Largest accepted file content: the data and the longest header (magic and three dimensions).
    static let maximumFileBytes = maximumBytes + 16

    let path: String
    let dimensions: [Int]

    init(reader: CompressedBytesReader, magic: UInt32, fieldNames: [String]) throws(IDXError) {
        path = reader.path
        let headerBytes = 4 * (1 + fieldNames.count)
        let bytes = try reader.read(upTo: headerBytes)
        guard bytes.count >= 4 else { throw .truncated(path: path, expectedBytes: headerBytes, foundBytes: bytes.count) }
        let words = stride(from: 0, to: bytes.count - 3, by: 4).map { offset in
            bytes[offset ..< offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }
        guard words[0] == magic else { throw .wrongMagic(path: path, found: words[0], expected: magic) }
        guard bytes.count == headerBytes else { throw .truncated(path: path, expectedBytes: headerBytes, foundBytes: bytes.count) }
        let allowed = 1 ... Self.maximumDimension
        var dimensions: [Int] = []
        for (name, value) in zip(fieldNames, words.dropFirst()) {
            guard allowed.contains(Int(value)) else { throw .badDimension(path: path, field: name, value: value, allowed: allowed) }
            dimensions.append(Int(value))
        }
        self.dimensions = dimensions
    }

    /// Reads the data after the header, one byte per element of the dimensions' product, and checks that
    /// nothing follows it.
    func readBody(from reader: CompressedBytesReader) throws(IDXError) -> [UInt8] {
        let headerBytes = 4 * (1 + dimensions.count)
        var bytes = 1
        for dimension in dimensions {
            let (product, overflow) = bytes.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= Self.maximumBytes else {
                throw .tooLarge(path: path, dimensions: dimensions, maximumBytes: Self.maximumBytes)
            }
            bytes = product
        }
        let body = try reader.read(upTo: bytes)
        guard body.count == bytes else {
            throw .truncated(path: path, expectedBytes: headerBytes + bytes, foundBytes: headerBytes + body.count)
        }
        guard try reader.isAtEnd() else { throw .trailingBytes(path: path, expectedBytes: headerBytes + bytes) }
        return body
    }
}
