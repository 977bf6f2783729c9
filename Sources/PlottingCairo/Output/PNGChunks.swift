/// Small edits of an encoded PNG's chunk list.
enum PNGChunks {
    /// Inserts a pHYs chunk (pixels per metre, both axes) right after IHDR; the bytes are returned
    /// unchanged if they do not start with a PNG signature and IHDR.
    static func insertingPHYs(into png: [UInt8], pixelsPerMetre ppm: UInt32) -> [UInt8] {
        // Signature (8) + IHDR chunk: length (4) + type (4) + 13 bytes + CRC (4) = 33 bytes.
        let ihdrEnd = 33
        guard png.count >= ihdrEnd, png[12..<16].elementsEqual("IHDR".utf8) else { return png }
        var body = Array("pHYs".utf8)
        body += bigEndian(ppm) + bigEndian(ppm) + [1]  // unit 1: metre
        var chunk = bigEndian(UInt32(body.count - 4))
        chunk += body
        chunk += bigEndian(CRC32.checksum(body))
        var out = [UInt8]()
        out.reserveCapacity(png.count + chunk.count)
        out += png[..<ihdrEnd]
        out += chunk
        out += png[ihdrEnd...]
        return out
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
