/// Small edits of an encoded PNG's chunk list.
enum PNGChunks {
    /// Inserts `chunks` (each complete: length, type, data, CRC) right after IHDR, in order; the bytes are
    /// returned unchanged if they do not start with a PNG signature and IHDR.
    static func insertingAfterHeader(_ chunks: [[UInt8]], into png: [UInt8]) -> [UInt8] {
        // Signature (8) + IHDR chunk: length (4) + type (4) + 13 bytes + CRC (4) = 33 bytes.
        let ihdrEnd = 33
        guard png.count >= ihdrEnd, png[12..<16].elementsEqual("IHDR".utf8) else { return png }
        var out = [UInt8]()
        out.reserveCapacity(png.count + chunks.reduce(0) { $0 + $1.count })
        out += png[..<ihdrEnd]
        for chunk in chunks { out += chunk }
        out += png[ihdrEnd...]
        return out
    }

    /// A pHYs chunk: pixels per metre on both axes.
    static func physicalSize(pixelsPerMetre ppm: UInt32) -> [UInt8] {
        chunk("pHYs", bigEndian(ppm) + bigEndian(ppm) + [1])  // unit 1: metre
    }

    /// A text chunk: tEXt when `text` is Latin-1 (as tEXt must be), else iTXt with UTF-8 text, uncompressed and
    /// with no language tag. `keyword` is one of PNG's (Title, Description, …): 1 to 79 Latin-1 characters.
    static func text(keyword: String, _ text: String) -> [UInt8] {
        let key = Array(keyword.unicodeScalars.prefix(79).map { UInt8(truncatingIfNeeded: $0.value) })
        let scalars = text.unicodeScalars
        if scalars.allSatisfy({ $0.value > 0 && $0.value <= 0xFF }) {
            return chunk("tEXt", key + [0] + scalars.map { UInt8($0.value) })
        }
        // keyword, NUL, compression flag 0, method 0, language tag "" NUL, translated keyword "" NUL, UTF-8 text.
        return chunk("iTXt", key + [0, 0, 0, 0, 0] + Array(text.utf8))
    }

    /// A chunk of `type` around `data`: length, type, data, CRC of type and data.
    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(truncatingIfNeeded: data.count)) + body + bigEndian(CRC32.checksum(body))
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)]
    }
}

/// The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The CRC of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
