import Plotting

/// A validated document size: inches, dpi, and what they give in points and pixels.
package struct DocumentGeometry: Sendable, Hashable {
    package let widthInches: Double
    package let heightInches: Double
    package let dpi: Double

    /// Validates a size in inches and a resolution against `FigureLimits`; throws a `RenderError` naming the bad value.
    package init(width: Double, height: Double, dpi: Double) throws {
        switch FigureLimits.violation(width: width, height: height, dpi: dpi) {
        case nil: break
        case .width: throw RenderError.invalidSize(name: "width", value: width)
        case .height: throw RenderError.invalidSize(name: "height", value: height)
        case .dpi: throw RenderError.invalidDPI(dpi)
        case .pixelsPerSide(let w, let h), .pixels(let w, let h): throw RenderError.tooManyPixels(width: w, height: h)
        }
        widthInches = width
        heightInches = height
        self.dpi = dpi
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
