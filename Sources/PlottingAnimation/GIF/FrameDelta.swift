import Platform

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
