import Platform
import PlottingCairo

/// A rectangle of pixels inside a frame.
package struct PixelRect: Equatable, Sendable {
    package var x: Int
    package var y: Int
    package var width: Int
    package var height: Int

    package init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Pixels inside.
    package var area: Int { width * height }
}

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

/// What changed from one frame to the next: the smallest rectangle holding every differing pixel.
package enum FrameDelta {
    /// The bounding rectangle of the pixels where `current` differs from `previous` (straight RGBA, 4 bytes a
    /// pixel, `width` pixels a row, the same length), or nil when they are equal.
    package static func changedRect(previous: [UInt8], current: [UInt8], width: Int) -> PixelRect? {
        let rowBytes = width * 4
        guard width > 0, previous.count == current.count, current.count % rowBytes == 0 else { return nil }
        let height = current.count / rowBytes
        return previous.withUnsafeBytes { old in
            current.withUnsafeBytes { new in
                guard let oldBase = old.baseAddress, let newBase = new.baseAddress else { return nil }
                func rowDiffers(_ y: Int) -> Bool {
                    memcmp(oldBase + y * rowBytes, newBase + y * rowBytes, rowBytes) != 0
                }
                func same(_ offset: Int) -> Bool {
                    old.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
                        == new.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
                }
                guard let top = (0..<height).first(where: rowDiffers),
                    let bottom = (top..<height).last(where: rowDiffers)
                else { return nil }
                var left = width, right = -1
                for y in top...bottom {
                    let start = y * rowBytes
                    var x = 0
                    while x < left, same(start + x * 4) { x += 1 }
                    left = min(left, x)
                    x = width - 1
                    while x > right, same(start + x * 4) { x -= 1 }
                    right = max(right, x)
                }
                return PixelRect(x: left, y: top, width: right - left + 1, height: bottom - top + 1)
            }
        }
    }
}
