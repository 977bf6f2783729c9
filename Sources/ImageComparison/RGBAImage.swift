/// A decoded raster image: 8-bit red, green, blue and straight (non-premultiplied) alpha per pixel,
/// rows top to bottom, no padding between rows (`bytes.count == width * height * 4`).
public struct RGBAImage: Hashable, Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Pixel bytes in R, G, B, A order, row-major, tightly packed.
    public var bytes: [UInt8]

    /// An image from tightly packed RGBA bytes; nil if the byte count does not match the size.
    public init?(width: Int, height: Int, bytes: [UInt8]) {
        guard width >= 0, height >= 0,
            case let (pixels, o1) = width.multipliedReportingOverflow(by: height), !o1,
            case let (count, o2) = pixels.multipliedReportingOverflow(by: 4), !o2,
            count == bytes.count
        else { return nil }
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    /// An image of one colour.
    public init(width: Int, height: Int, filledWith pixel: RGBAPixel) {
        let w = max(0, width), h = max(0, height)
        self.width = w
        self.height = h
        var bytes = [UInt8](repeating: 0, count: w * h * 4)
        for i in stride(from: 0, to: bytes.count, by: 4) {
            bytes[i] = pixel.red
            bytes[i + 1] = pixel.green
            bytes[i + 2] = pixel.blue
            bytes[i + 3] = pixel.alpha
        }
        self.bytes = bytes
    }

    /// The pixel at column `x`, row `y`; nil outside the image.
    public subscript(x: Int, y: Int) -> RGBAPixel? {
        get {
            guard contains(x: x, y: y) else { return nil }
            let i = (y * width + x) * 4
            return RGBAPixel(red: bytes[i], green: bytes[i + 1], blue: bytes[i + 2], alpha: bytes[i + 3])
        }
        set {
            guard contains(x: x, y: y), let p = newValue else { return }
            let i = (y * width + x) * 4
            bytes[i] = p.red
            bytes[i + 1] = p.green
            bytes[i + 2] = p.blue
            bytes[i + 3] = p.alpha
        }
    }

    /// Whether (`x`, `y`) is a pixel of the image.
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }
}

/// One RGBA pixel with straight alpha.
public struct RGBAPixel: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public var alpha: UInt8
    /// A pixel from its four channels.
    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }
    /// Opaque white.
    public static let white = RGBAPixel(red: 255, green: 255, blue: 255)
    /// Fully transparent black.
    public static let transparent = RGBAPixel(red: 0, green: 0, blue: 0, alpha: 0)
}
