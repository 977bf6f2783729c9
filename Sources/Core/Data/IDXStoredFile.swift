/// The IDX reader's view of `StoredFile`: the same bounded reading, its failures named as `IDXError`s.
extension StoredFile {
    /// `read(atPath:maximumBytes:failure:inspect:)` for IDX files.
    static func bytes(
        atPath path: String, maximumBytes: Int,
        inspect: (_ start: [UInt8], _ size: Int?) throws(IDXError) -> Int? = { _, _ in nil }
    ) throws(IDXError) -> [UInt8] {
        try read(atPath: path, maximumBytes: maximumBytes, failure: IDXError.init, inspect: inspect)
    }

    /// `prefix(atPath:count:)` for IDX files.
    static func idxPrefix(atPath path: String, count: Int) throws(IDXError) -> [UInt8]? {
        do { return try prefix(atPath: path, count: count) } catch { throw IDXError(error) }
    }

    /// `size(atPath:)` for IDX files.
    static func idxSize(atPath path: String) throws(IDXError) -> Int? {
        do { return try size(atPath: path) } catch { throw IDXError(error) }
    }
}

extension IDXError {
    /// The reader's failure as the IDX error that says the same.
    init(_ failure: StoredFileFailure) {
        switch failure {
        case .cannotOpen(let path, _): self = .cannotOpen(path: path)
        case .unreadable(let path, let reason): self = .unreadable(path: path, reason: reason)
        case .tooLarge(let path, let bytes, let maximum):
            self = .fileTooLarge(path: path, bytes: bytes, maximumBytes: maximum)
        case .trailingBytes(let path, let expected): self = .trailingBytes(path: path, expectedBytes: expected)
        }
    }
}
