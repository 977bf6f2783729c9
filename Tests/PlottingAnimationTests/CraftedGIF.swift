/// GIF files put together byte by byte, for decoder tests on what our encoder never writes.
enum CraftedGIF {
    /// "GIF89a" and a logical screen descriptor of `width` × `height` with a global table of `colors` (RGB
    /// triples; 2, 4, … 256 of them, or none).
    static func header(width: Int, height: Int, colors: [[UInt8]] = [[0, 0, 0], [255, 255, 255]]) -> [UInt8] {
        var bytes = Array("GIF89a".utf8) + le16(width) + le16(height)
        if colors.isEmpty {
            bytes += [0x00, 0, 0]
        } else {
            var bits = 0
            while 2 << bits < colors.count { bits += 1 }
            bytes += [0x80 | UInt8(bits), 0, 0]
            bytes += colors.flatMap { $0 }
        }
        return bytes
    }

    /// A graphics control extension: `disposal` (0 to 3), `delay` cs, `transparent` index or none.
    static func control(disposal: UInt8 = 1, delay: Int = 10, transparent: UInt8? = nil) -> [UInt8] {
        [0x21, 0xF9, 4, disposal << 2 | (transparent == nil ? 0 : 1)] + le16(delay) + [transparent ?? 0, 0]
    }

    /// An image descriptor at (`x`, `y`) of `width` × `height` whose pixels are all colour `index` (0 to 3),
    /// LZW-coded with 2-bit codes (one literal code per pixel, the table reset before it fills).
    static func image(x: Int, y: Int, width: Int, height: Int, index: UInt8) -> [UInt8] {
        var bytes: [UInt8] = [0x2C] + le16(x) + le16(y) + le16(width) + le16(height) + [0x00]
        // Clear (4), then each pixel preceded by a clear, so every code stays 3 bits; then end (5).
        var codes: [Int] = []
        for _ in 0..<(width * height) { codes += [4, Int(index)] }
        codes.append(5)
        var packed: [UInt8] = []
        var accumulator = 0, bitCount = 0
        for code in codes {
            accumulator |= code << bitCount
            bitCount += 3
            while bitCount >= 8 {
                packed.append(UInt8(accumulator & 0xFF))
                accumulator >>= 8
                bitCount -= 8
            }
        }
        if bitCount > 0 { packed.append(UInt8(accumulator & 0xFF)) }
        bytes.append(2)
        var offset = 0
        while offset < packed.count {
            let chunk = packed[offset..<min(offset + 255, packed.count)]
            bytes.append(UInt8(chunk.count))
            bytes += chunk
            offset += chunk.count
        }
        bytes.append(0)
        return bytes
    }

    /// The trailer.
    static let end: [UInt8] = [0x3B]

    private static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
}
