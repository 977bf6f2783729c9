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

    /// One key per pixel of `frame`, rows top to bottom.
    package static func keys(of frame: RasterImage) -> [UInt32] {
        let count = min(frame.width * frame.height, frame.rgba.count / 4)
        return frame.rgba.withUnsafeBytes { rgba in
            [UInt32](unsafeUninitializedCapacity: count) { keys, initialized in
                for index in 0..<count {
                    // Bytes R, G, B, A read as one little-endian word: byte-swapped and shifted, 0x00RRGGBB.
                    let word = UInt32(littleEndian: rgba.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
                    keys[index] = word >> 24 < 128 ? transparent : word.byteSwapped >> 8
                }
                initialized = count
            }
        }
    }
}

/// What changed from one frame to the next: the smallest rectangle holding every differing pixel.
package enum FrameDelta {
    /// The bounding rectangle of the pixels where `current` differs from `previous` (both `width` wide, the
    /// same length), or nil when they are equal.
    package static func changedRect(previous: [UInt32], current: [UInt32], width: Int) -> PixelRect? {
        guard width > 0, previous.count == current.count else { return nil }
        let height = current.count / width
        return previous.withUnsafeBufferPointer { old in
            current.withUnsafeBufferPointer { new in
                func rowDiffers(_ y: Int) -> Bool {
                    guard let oldBase = old.baseAddress, let newBase = new.baseAddress else { return false }
                    return memcmp(oldBase + y * width, newBase + y * width, width * MemoryLayout<UInt32>.stride) != 0
                }
                guard let top = (0..<height).first(where: rowDiffers),
                    let bottom = (top..<height).last(where: rowDiffers)
                else { return nil }
                var left = width, right = -1
                for y in top...bottom {
                    let start = y * width
                    var x = 0
                    while x < left, old[start + x] == new[start + x] { x += 1 }
                    left = min(left, x)
                    x = width - 1
                    while x > right, old[start + x] == new[start + x] { x -= 1 }
                    right = max(right, x)
                }
                return PixelRect(x: left, y: top, width: right - left + 1, height: bottom - top + 1)
            }
        }
    }

    /// The keys inside `rect` of a frame `width` wide, rows top to bottom.
    package static func crop(_ keys: [UInt32], width: Int, to rect: PixelRect) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(rect.area)
        for y in rect.y..<rect.y + rect.height {
            let start = y * width + rect.x
            result.append(contentsOf: keys[start..<start + rect.width])
        }
        return result
    }
}
