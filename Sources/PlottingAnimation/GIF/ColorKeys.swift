import PlottingCairo

/// A frame's pixels as one `UInt32` colour key each: `0x00RRGGBB` for a visible pixel (alpha of at least 128),
/// `transparent` for the rest (a GIF has no partial transparency, so this is all of a pixel it can keep), and
/// `unchanged` for a pixel the same as in the frame before.
package enum ColorKeys {
    /// The key of every pixel whose alpha is below 128 (no RGB key has a bit above the 24th).
    package static let transparent: UInt32 = 0x0100_0000
    /// The key of a pixel equal to the previous frame's (it is stored as the transparent index).
    package static let unchanged: UInt32 = 0x0200_0000

    /// Whether `key` is a colour (neither transparent nor unchanged).
    @inline(__always)
    package static func isColor(_ key: UInt32) -> Bool { key < transparent }

    /// One key per pixel of `frame` inside `rect` (which must lie inside the frame), rows top to bottom; a
    /// pixel equal to `previous`'s (the same size) is `unchanged`.
    package static func keys(of frame: RasterImage, in rect: PixelRect, previous: RasterImage? = nil) -> [UInt32] {
        let area = rect.area
        let before = previous?.rgba ?? []
        let compare = before.count == frame.rgba.count
        return frame.rgba.withUnsafeBytes { rgba in
            before.withUnsafeBytes { old in
                [UInt32](unsafeUninitializedCapacity: area) { keys, initialized in
                    var position = 0
                    for y in rect.y..<rect.y + rect.height {
                        let rowStart = (y * frame.width + rect.x) * 4
                        for x in 0..<rect.width {
                            // Bytes R, G, B, A as one little-endian word; byte-swapped and shifted: 0x00RRGGBB.
                            let offset = rowStart + x * 4
                            let word = UInt32(littleEndian: rgba.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                            if compare, old.loadUnaligned(fromByteOffset: offset, as: UInt32.self) == word {
                                keys[position] = unchanged
                            } else {
                                keys[position] = word >> 24 < 128 ? transparent : word.byteSwapped >> 8
                            }
                            position += 1
                        }
                    }
                    initialized = area
                }
            }
        }
    }
}
