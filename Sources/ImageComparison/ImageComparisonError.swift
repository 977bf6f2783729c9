/// Why two images could not be compared. Every message is one line naming the bad input.
public enum ImageComparisonError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadableFile(path: String, reason: String)
    /// The data is not a complete, valid PNG (not a PNG at all, truncated, corrupt).
    case invalidPNG(name: String, reason: String)
    /// The data is not a complete, valid GIF, or one past `GIFDecoder`'s limits (found before its pixels are
    /// allocated).
    case invalidGIF(name: String, reason: String)
    /// The PNG's header announces an image larger than `PNGCodec` accepts (found before its pixels are allocated).
    case tooLarge(name: String, width: Int, height: Int)
    /// The image could not be encoded as PNG.
    case encodingFailed(reason: String)
    /// A fuzzy tolerance string is malformed.
    case malformedTolerance(text: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason): return "cannot read \(path): \(reason)"
        case let .invalidPNG(name, reason): return "\(name) is not a valid PNG: \(reason)"
        case let .invalidGIF(name, reason): return "\(name) is not a valid GIF: \(reason)"
        case let .tooLarge(name, width, height):
            return
                "\(name) is \(width)×\(height) pixels, past the limit of \(PNGCodec.maximumPixelCount) pixels and \(PNGCodec.maximumSide) a side"
        case let .encodingFailed(reason): return "cannot encode PNG: \(reason)"
        case let .malformedTolerance(text, reason):
            return
                "malformed tolerance '\(text)': \(reason); expected e.g. maxDifference=0-2;totalPixels=0-40[;tilePixels=0-16] or 0-2;0-40"
        }
    }
}
