/// The two kinds of IDX file MNIST uses, and what their headers hold.
struct IDXKind: Sendable {
    /// The magic number (`IDXMagic`).
    let magic: UInt32
    /// The header's dimensions, in order, as error messages name them.
    let fieldNames: [String]

    /// Images: count, rows, columns.
    static let images = IDXKind(magic: IDXMagic.images, fieldNames: ["count", "rows", "columns"])
    /// Labels: count.
    static let labels = IDXKind(magic: IDXMagic.labels, fieldNames: ["count"])

    /// The most bytes the start of a gzip-compressed file is read for its header (`header(atPath:)`).
    static let headerSearchBytes = 1 << 20

    /// The file at `path` as stored, read within bounds: a raw file's header is checked first, and the file
    /// must then have exactly the length it announces (checked from its size before the data is read); any
    /// file is refused past `IDXHeader.maximumStoredBytes`.
    func storedBytes(atPath path: String) throws(IDXError) -> [UInt8] {
        try StoredFile.bytes(atPath: path, maximumBytes: IDXHeader.maximumStoredBytes) { start, size throws(IDXError) in
            guard !CompressedBytesReader.isGzip(start) else { return nil }
            let header = try IDXHeader(reader: CompressedBytesReader(stored: start, path: path), kind: self)
            if let size, size < header.fileBytes {
                throw .truncated(path: path, expectedBytes: header.fileBytes, foundBytes: size)
            }
            if let size, size > header.fileBytes { throw .trailingBytes(path: path, expectedBytes: header.fileBytes) }
            return header.fileBytes
        }
    }

    /// The header of the file at `path`, raw or gzip-compressed, from its first bytes only (at most
    /// `headerSearchBytes`). Nil for a pipe or device, whose bytes could not be read again afterwards.
    func header(atPath path: String) throws(IDXError) -> IDXHeader? {
        guard let start = try StoredFile.idxPrefix(atPath: path, count: Self.headerSearchBytes) else { return nil }
        let reader = try CompressedBytesReader(stored: start, path: path, fastInflater: nil)
        do {
            return try IDXHeader(reader: reader, kind: self)
        } catch .unreadable where start.count == Self.headerSearchBytes {
            throw .unreadable(path: path, reason: "no IDX header within the first \(Self.headerSearchBytes) bytes")
        }
    }
}
