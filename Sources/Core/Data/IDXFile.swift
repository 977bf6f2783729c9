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
        try self.init(stored: IDXKind.images.storedBytes(atPath: path), path: path)
    }

    /// Decodes the bytes of an IDX image file as stored (gzip-compressed or raw), checking the magic number,
    /// the dimensions and the length; `path` names the file in errors.
    public init(stored: [UInt8], path: String) throws(IDXError) {
        let reader = try CompressedBytesReader(stored: stored, path: path)
        let header = try IDXHeader(reader: reader, kind: .images)
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
        try self.init(stored: IDXKind.labels.storedBytes(atPath: path), path: path, classes: classes)
    }

    /// Decodes the bytes of an IDX label file as stored (gzip-compressed or raw), with the checks of
    /// `init(contentsOf:classes:)`; `path` names the file in errors.
    public init(stored: [UInt8], path: String, classes: Int = 10) throws(IDXError) {
        let reader = try CompressedBytesReader(stored: stored, path: path)
        let header = try IDXHeader(reader: reader, kind: .labels)
        let labels = try header.readBody(from: reader)
        if let bad = labels.firstIndex(where: { Int($0) >= classes }) {
            throw .labelOutOfRange(path: path, index: bad, label: labels[bad], classes: classes)
        }
        self.labels = labels
    }
}

/// The header of an IDX file: big-endian `UInt32` magic, then one big-endian `UInt32` per dimension. Every size
/// in it is checked, with checked arithmetic, before anything is allocated for the data.
struct IDXHeader {
    /// Largest accepted dimension: keeps `count × rows × columns` far from overflow and allocation sane.
    static let maximumDimension = 10_000_000
    /// Largest accepted data size in bytes (1 GiB; MNIST's training images are 47 MB).
    static let maximumBytes = 1 << 30
    /// Largest accepted file content: the data and the longest header (magic and three dimensions).
    static let maximumFileBytes = maximumBytes + 16
    /// Largest accepted file as stored: the content, or its gzip compression (deflate adds at most 5 bytes per
    /// 64 KiB block, and gzip a header and a trailer).
    static let maximumStoredBytes = maximumFileBytes + maximumFileBytes / 1024 + 4096

    let path: String
    let dimensions: [Int]
    /// The header's length: 4 bytes of magic and 4 per dimension.
    let headerBytes: Int
    /// The data's length the dimensions announce: their product, at most `maximumBytes`.
    let bodyBytes: Int

    /// The file's length the header announces.
    var fileBytes: Int { headerBytes + bodyBytes }

    init(reader: CompressedBytesReader, kind: IDXKind) throws(IDXError) {
        path = reader.path
        headerBytes = 4 * (1 + kind.fieldNames.count)
        let bytes = try reader.read(upTo: headerBytes)
        guard bytes.count >= 4 else {
            throw .truncated(path: path, expectedBytes: headerBytes, foundBytes: bytes.count)
        }
        let words = stride(from: 0, to: bytes.count - 3, by: 4).map { offset in
            bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }
        guard words[0] == kind.magic else { throw .wrongMagic(path: path, found: words[0], expected: kind.magic) }
        guard bytes.count == headerBytes else {
            throw .truncated(path: path, expectedBytes: headerBytes, foundBytes: bytes.count)
        }
        let allowed = 1...Self.maximumDimension
        var dimensions: [Int] = []
        for (name, value) in zip(kind.fieldNames, words.dropFirst()) {
            guard allowed.contains(Int(value)) else {
                throw .badDimension(path: path, field: name, value: value, allowed: allowed)
            }
            dimensions.append(Int(value))
        }
        var body = 1
        for dimension in dimensions {
            let (product, overflow) = body.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= Self.maximumBytes else {
                throw .tooLarge(path: path, dimensions: dimensions, maximumBytes: Self.maximumBytes)
            }
            body = product
        }
        self.dimensions = dimensions
        bodyBytes = body
    }

    /// Reads the data after the header, exactly `bodyBytes` of it, and checks that nothing follows it.
    func readBody(from reader: CompressedBytesReader) throws(IDXError) -> [UInt8] {
        let body = try reader.readBody(count: bodyBytes, afterHeader: headerBytes)
        guard body.count == bodyBytes else {
            throw .truncated(path: path, expectedBytes: fileBytes, foundBytes: headerBytes + body.count)
        }
        guard try reader.isAtEnd() else { throw .trailingBytes(path: path, expectedBytes: fileBytes) }
        return body
    }
}
