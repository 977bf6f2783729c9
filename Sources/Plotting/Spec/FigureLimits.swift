/// The size and resolution every figure must keep to, defined once: `Figure.validate`, the Cairo renderer
/// and the command line's `--dpi` all check against these.
public enum FigureLimits {
    /// The highest resolution accepted, in dots per inch.
    public static let maximumDPI = 2400.0
    /// The most pixels a raster may have in all (100 megapixels).
    public static let maximumPixels = 100_000_000
    /// The most pixels along one side of a raster (Cairo's image surface limit).
    public static let maximumPixelsPerSide = 32767

    /// The first limit a size (inches) and resolution break, or nil when they keep to all of them.
    package static func violation(width: Double, height: Double, dpi: Double) -> Violation? {
        guard isLength(width) else { return .width }
        guard isLength(height) else { return .height }
        guard isResolution(dpi) else { return .dpi }
        let pixelWidth = (width * dpi).rounded(), pixelHeight = (height * dpi).rounded()
        let side = 1...Double(maximumPixelsPerSide)
        guard side.contains(pixelWidth), side.contains(pixelHeight) else {
            return .pixelsPerSide(pixelWidth, pixelHeight)
        }
        guard pixelWidth * pixelHeight <= Double(maximumPixels) else { return .pixels(pixelWidth, pixelHeight) }
        return nil
    }

    /// Whether `inches` is a usable width or height: a finite number above 0.
    package static func isLength(_ inches: Double) -> Bool { inches.isFinite && inches > 0 }

    /// Whether `dpi` is a usable resolution: above 0 and at most `maximumDPI`.
    package static func isResolution(_ dpi: Double) -> Bool { dpi.isFinite && dpi > 0 && dpi <= maximumDPI }

    /// A pixel count as a whole number ("480"), or as it is when too large for one.
    package static func text(ofPixels value: Double) -> String {
        abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Which limit a size breaks; a raster's pixel counts are inches × dpi, rounded.
    package enum Violation: Equatable, Sendable {
        /// The width is not a finite number above 0.
        case width
        /// The height is not a finite number above 0.
        case height
        /// The dpi is not above 0 and at most `maximumDPI`.
        case dpi
        /// A side of the raster (width, height in pixels) is under 1 pixel or over `maximumPixelsPerSide`.
        case pixelsPerSide(Double, Double)
        /// The raster (width, height in pixels) has more than `maximumPixels` pixels in all.
        case pixels(Double, Double)
    }
}
