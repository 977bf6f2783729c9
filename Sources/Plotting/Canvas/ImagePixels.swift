/// A raster image as straight (non-premultiplied) 8-bit RGBA, rows top to bottom: what `Canvas.drawImage`
/// draws, stretched over a rectangle as one picture (no seams between its pixels in PNG, SVG or PDF).
public struct ImagePixels: Hashable, Sendable {
    /// Pixels across.
    public let width: Int
    /// Pixels down.
    public let height: Int
    /// `width * height * 4` bytes: R, G, B, A for each pixel, row by row from the top.
    public let rgba: [UInt8]

    /// An image of `width` × `height` pixels from straight RGBA bytes (row by row from the top).
    /// Nothing is checked here: `isWellFormed` (and `ImageMark.validate()`) tell whether the sizes agree.
    public init(width: Int, height: Int, rgba: [UInt8]) {
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// Whether both sides are at least 1 pixel and `rgba` holds exactly `width * height * 4` bytes.
    public var isWellFormed: Bool {
        guard width > 0, height > 0 else { return false }
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, pixels <= Int.max / 4 else { return false }
        return rgba.count == pixels * 4
    }

    /// The same image with its rows in reverse order (bottom row first).
    package func flippedVertically() -> ImagePixels {
        guard isWellFormed else { return self }
        let rowBytes = width * 4
        var out = [UInt8]()
        out.reserveCapacity(rgba.count)
        for row in (0..<height).reversed() { out.append(contentsOf: rgba[(row * rowBytes)..<((row + 1) * rowBytes)]) }
        return ImagePixels(width: width, height: height, rgba: out)
    }

    /// The same image with its columns in reverse order.
    package func flippedHorizontally() -> ImagePixels {
        guard isWellFormed else { return self }
        var out = [UInt8](repeating: 0, count: rgba.count)
        for row in 0..<height {
            for column in 0..<width {
                let from = (row * width + column) * 4, to = (row * width + width - 1 - column) * 4
                for k in 0..<4 { out[to + k] = rgba[from + k] }
            }
        }
        return ImagePixels(width: width, height: height, rgba: out)
    }

    /// The pixels of `columns` × `rows` (both clamped to the image).
    package func cropped(columns: Range<Int>, rows: Range<Int>) -> ImagePixels {
        let c = columns.clamped(to: 0..<max(width, 0)), r = rows.clamped(to: 0..<max(height, 0))
        guard isWellFormed, c != 0..<width || r != 0..<height else { return self }
        var out = [UInt8]()
        out.reserveCapacity(c.count * r.count * 4)
        for row in r {
            out.append(contentsOf: rgba[((row * width + c.lowerBound) * 4)..<((row * width + c.upperBound) * 4)])
        }
        return ImagePixels(width: c.count, height: r.count, rgba: out)
    }

    /// The colour of the pixel at (`column`, `row`); nil outside the image.
    public func color(column: Int, row: Int) -> Color? {
        guard isWellFormed, column >= 0, row >= 0, column < width, row < height else { return nil }
        let i = (row * width + column) * 4
        return Color(
            red: Double(rgba[i]) / 255, green: Double(rgba[i + 1]) / 255, blue: Double(rgba[i + 2]) / 255,
            alpha: Double(rgba[i + 3]) / 255)
    }
}

/// How an image's pixels are resampled when stretched over a larger (or smaller) rectangle.
public enum ImageInterpolation: Hashable, Sendable {
    /// Each pixel a sharp-edged block (matplotlib's `interpolation='nearest'`).
    case nearest
    /// Colours blended linearly between pixel centres (matplotlib's `'bilinear'`).
    case bilinear
}
