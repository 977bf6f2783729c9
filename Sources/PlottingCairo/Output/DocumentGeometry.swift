/// A validated document size: inches, dpi, and what they give in points and pixels.
package struct DocumentGeometry: Sendable, Hashable {
    /// The highest resolution accepted.
    package static let maxDPI = 2400.0
    /// The most pixels accepted in all (about 100 megapixels).
    package static let maxPixels = 100_000_000
    /// The most pixels accepted along a side (Cairo's image surface limit).
    package static let maxSide = 32767

    package let widthInches: Double
    package let heightInches: Double
    package let dpi: Double

    /// Validates a size in inches and a resolution; throws a `RenderError` naming the bad value.
    package init(width: Double, height: Double, dpi: Double) throws {
        guard width.isFinite, width > 0 else { throw RenderError.invalidSize(name: "width", value: width) }
        guard height.isFinite, height > 0 else { throw RenderError.invalidSize(name: "height", value: height) }
        guard dpi.isFinite, dpi > 0, dpi <= Self.maxDPI else { throw RenderError.invalidDPI(dpi) }
        let w = (width * dpi).rounded(), h = (height * dpi).rounded()
        guard w >= 1, h >= 1, w <= Double(Self.maxSide), h <= Double(Self.maxSide),
              w * h <= Double(Self.maxPixels) else {
            throw RenderError.tooManyPixels(width: w, height: h)
        }
        widthInches = width; heightInches = height; self.dpi = dpi
    }

    /// Pixels across (inches × dpi, rounded; at least 1).
    package var pixelWidth: Int { Int((widthInches * dpi).rounded()) }
    /// Pixels down.
    package var pixelHeight: Int { Int((heightInches * dpi).rounded()) }
    /// Width in points (1/72 inch): the canvas coordinate range.
    package var pointWidth: Double { widthInches * 72 }
    /// Height in points.
    package var pointHeight: Double { heightInches * 72 }
    /// Device pixels per point.
    package var pixelsPerPoint: Double { dpi / 72 }
}
