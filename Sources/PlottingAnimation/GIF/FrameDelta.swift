import PlottingCairo

/// What changed from one frame to the next, for the GIF: one rectangle round every differing pixel (a GIF frame
/// is one image), the union of the HTML player's `ChangedBands`.
package enum FrameDelta {
    /// The bounding rectangle of the pixels where `current` differs from `previous` (the same size), or nil when
    /// they are equal.
    package static func changedRect(previous: RasterImage, current: RasterImage) -> PixelRect? {
        let bands = ChangedBands.between(previous, current)
        guard let first = bands.first else { return nil }
        var left = first.x, right = first.x + first.width, top = first.y, bottom = first.y + first.height
        for band in bands.dropFirst() {
            left = min(left, band.x)
            right = max(right, band.x + band.width)
            top = min(top, band.y)
            bottom = max(bottom, band.y + band.height)
        }
        return PixelRect(x: left, y: top, width: right - left, height: bottom - top)
    }
}

extension PixelRect {
    /// Pixels inside.
    package var area: Int { width * height }
}
