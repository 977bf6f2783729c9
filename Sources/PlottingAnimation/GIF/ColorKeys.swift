import PlottingCairo

/// A frame's pixels as one `UInt32` colour key each: `0x00RRGGBB` for a visible pixel (alpha of at least 128),
/// `transparent` for the rest. A GIF has no partial transparency, so this is all of a pixel it can keep.
package enum ColorKeys {
    /// The key of every pixel whose alpha is below 128 (no RGB key has a bit above the 24th).
    package static let transparent: UInt32 = 0x0100_0000

    /// One key per pixel of `frame` inside `rect` (which must lie inside the frame), rows top to bottom.
    package static func keys(of frame: RasterImage, in rect: PixelRect) -> [UInt32] {
        let area = rect.area
        return frame.rgba.withUnsafeBytes { rgba in
            [UInt32](unsafeUninitializedCapacity: area) { keys, initialized in
                var position = 0
                for y in rect.y..<rect.y + rect.height {
                    let rowStart = (y * frame.width + rect.x) * 4
                    for x in 0..<rect.width {
                        // Bytes R, G, B, A read as one little-endian word; byte-swapped and shifted: 0x00RRGGBB.
                        let word = UInt32(
                            littleEndian: rgba.loadUnaligned(fromByteOffset: rowStart + x * 4, as: UInt32.self))
                        keys[position] = word >> 24 < 128 ? transparent : word.byteSwapped >> 8
                        position += 1
                    }
                }
                initialized = area
            }
        }
    }
}
