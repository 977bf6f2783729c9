import PlottingCairo

/// A rectangle of pixels: its top-left corner and size.
package struct PixelRect: Sendable, Hashable {
    package var x: Int
    package var y: Int
    package var width: Int
    package var height: Int
}

/// Where two frames of the same size differ, as a few horizontal bands, each cut to the columns that changed
/// in it. A plot frame usually changes in a few places (a moving point, a title, a counter): one rectangle round
/// all of them would take in most of the figure, while a band per cluster of changed rows stays small.
package enum ChangedBands {
    /// Unchanged rows between two changed ones up to which both stay in one band: a PNG of a band costs some
    /// 60 bytes of headers and a data: URL, so a short gap is cheaper kept than split.
    package static let mergeGap = 16

    /// The bands where `current` differs from `previous` (both `width × height`, RGBA), top to bottom; empty
    /// when the frames are equal.
    package static func between(_ previous: RasterImage, _ current: RasterImage) -> [PixelRect] {
        let width = current.width
        let height = current.height
        guard previous.width == width, previous.height == height, width > 0, height > 0,
            previous.rgba.count == width * height * 4, current.rgba.count == previous.rgba.count
        else {
            return width > 0 && height > 0 ? [PixelRect(x: 0, y: 0, width: width, height: height)] : []
        }
        var bands: [PixelRect] = []
        var open: (top: Int, bottom: Int, left: Int, right: Int)?
        previous.rgba.withUnsafeBytes { old in
            current.rgba.withUnsafeBytes { new in
                let a = old.bindMemory(to: UInt32.self)
                let b = new.bindMemory(to: UInt32.self)
                for y in 0..<height {
                    guard let columns = changedColumns(a, b, row: y * width, width: width) else { continue }
                    if let band = open, y - band.bottom - 1 <= mergeGap {
                        open = (band.top, y, min(band.left, columns.left), max(band.right, columns.right))
                    } else {
                        if let band = open { bands.append(rect(band)) }
                        open = (y, y, columns.left, columns.right)
                    }
                }
            }
        }
        if let band = open { bands.append(rect(band)) }
        return bands
    }

    /// How many pixels differ between `previous` and `current` inside `bands` (as `between` returned them).
    package static func changedPixelCount(_ previous: RasterImage, _ current: RasterImage, in bands: [PixelRect]) -> Int
    {
        previous.rgba.withUnsafeBytes { old in
            current.rgba.withUnsafeBytes { new in
                let a = old.bindMemory(to: UInt32.self)
                let b = new.bindMemory(to: UInt32.self)
                var count = 0
                for band in bands {
                    for y in band.y..<band.y + band.height {
                        let row = y * current.width
                        for x in band.x..<band.x + band.width where a[row + x] != b[row + x] { count += 1 }
                    }
                }
                return count
            }
        }
    }

    /// The first and last column where one row differs, or nil when it is the same.
    private static func changedColumns(
        _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, row start: Int, width: Int
    ) -> (left: Int, right: Int)? {
        var left = 0
        while left < width, a[start + left] == b[start + left] { left += 1 }
        guard left < width else { return nil }
        var right = width - 1
        while a[start + right] == b[start + right] { right -= 1 }
        return (left, right)
    }

    private static func rect(_ band: (top: Int, bottom: Int, left: Int, right: Int)) -> PixelRect {
        PixelRect(x: band.left, y: band.top, width: band.right - band.left + 1, height: band.bottom - band.top + 1)
    }
}
