/// Checks the chunk layout of a PNG before libpng decodes it, so that a file cut anywhere — even
/// after the last image data, where libpng's simplified reader would stop without noticing — is an error.
enum PNGChunkStructure {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Throws `invalidPNG` unless `data` is the PNG signature followed by complete chunks ending in IEND.
    static func validate(_ data: [UInt8], name: String) throws {
        guard data.count >= signature.count, Array(data.prefix(signature.count)) == signature else {
            let reason = data.isEmpty ? "the file is empty" : "missing PNG signature"
            throw ImageComparisonError.invalidPNG(name: name, reason: reason)
        }
        var offset = signature.count
        var sawHeader = false
        while offset < data.count {
            guard data.count - offset >= 8 else {
                throw truncated(name, at: offset)
            }
            let length =
                Int(data[offset]) << 24 | Int(data[offset + 1]) << 16 | Int(data[offset + 2]) << 8
                | Int(data[offset + 3])
            let type = String(decoding: data[(offset + 4)..<(offset + 8)], as: UTF8.self)
            guard length <= data.count - offset - 12 else {
                throw truncated(name, at: offset, chunk: type)
            }
            if !sawHeader && type != "IHDR" {
                throw ImageComparisonError.invalidPNG(name: name, reason: "first chunk is \(type), not IHDR")
            }
            sawHeader = true
            offset += 12 + length
            if type == "IEND" { return }
        }
        throw truncated(name, at: offset, chunk: "IEND")
    }

    private static func truncated(_ name: String, at offset: Int, chunk: String? = nil) -> ImageComparisonError {
        let what = chunk.map { "in or before chunk \($0)" } ?? "in a chunk header"
        return .invalidPNG(name: name, reason: "truncated at byte \(offset) (\(what))")
    }
}
