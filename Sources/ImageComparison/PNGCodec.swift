import CPNG
import Core
import FileOutput
import Foundation

/// Decodes and encodes PNG with libpng's simplified API, which reports errors in the image's message
/// instead of `longjmp`-ing through Swift frames.
public enum PNGCodec {
    /// The largest image accepted, in pixels: 50 megapixels, so that `dlplot compare --diff` of two such images
    /// (decoded RGBA, the change mask and the diff image: about 14 bytes a pixel, measured) stays under 1 GiB of
    /// memory even when both files together are under 1 MB (an all-black PNG compresses about 1000 to 1). Half
    /// of `FigureLimits.maximumPixels`: a figure drawn past it can be drawn but not compared. Checked from the
    /// header, before the pixels are allocated.
    public static let maximumPixelCount = 50_000_000
    /// The longest side accepted, in pixels (libpng's own default limit).
    public static let maximumSide = 1_000_000
    /// The largest PNG file read, in bytes: a 100-megapixel RGBA image stored uncompressed, and then some (what
    /// `dlplot` can write, so that a figure too large to compare is refused by its size, not its length).
    public static let maximumFileBytes = 512 << 20

    /// Decodes a PNG of any colour type and bit depth into straight 8-bit RGBA.
    /// - Parameter name: how the data is named in error messages (usually its file path).
    /// - Throws: `ImageComparisonError.invalidPNG` for data that is not a complete, valid PNG.
    public static func decode(_ data: [UInt8], name: String) throws -> RGBAImage {
        try PNGChunkStructure.validate(data, name: name)
        return try data.withUnsafeBufferPointer { buffer in
            var image = png_image()
            image.version = png_uint_32(PNG_IMAGE_VERSION)
            defer { png_image_free(&image) }
            guard png_image_begin_read_from_memory(&image, buffer.baseAddress, buffer.count) != 0 else {
                throw ImageComparisonError.invalidPNG(name: name, reason: message(of: image))
            }
            let width = Int(image.width), height = Int(image.height)
            guard width > 0, height > 0, width <= maximumSide, height <= maximumSide,
                width <= maximumPixelCount / height,
                let stride = Int32(exactly: width * 4)
            else {
                throw ImageComparisonError.tooLarge(name: name, width: width, height: height)
            }
            image.format = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
            // A 16-bit file without gAMA/sRGB holds sRGB-encoded values like every 8-bit file: scale, don't re-gamma.
            image.flags |= png_uint_32(PNG_IMAGE_FLAG_16BIT_sRGB)
            var pixels = [UInt8](repeating: 0, count: width * height * 4)
            let ok = pixels.withUnsafeMutableBytes { out in
                png_image_finish_read(&image, nil, out.baseAddress, stride, nil)
            }
            guard ok != 0, image.warning_or_error & png_uint_32(PNG_IMAGE_ERROR) == 0 else {
                throw ImageComparisonError.invalidPNG(name: name, reason: message(of: image))
            }
            guard let decoded = RGBAImage(width: width, height: height, bytes: pixels) else {
                throw ImageComparisonError.invalidPNG(
                    name: name, reason: "decoded size does not match \(width)×\(height)")
            }
            return decoded
        }
    }

    /// Reads and decodes the PNG file at `path`.
    /// - Throws: `ImageComparisonError.unreadableFile` if it cannot be read, `.invalidPNG` if it is not a valid PNG.
    public static func decode(contentsOf path: String) throws -> RGBAImage {
        try decode(readFile(path, pngOnly: true), name: path)
    }

    /// Reads a whole file as bytes, at most `maximumFileBytes`: a larger regular file is refused from its size,
    /// a pipe or device (`/dev/zero`) is read no further than the limit. With `pngOnly`, a file that does not
    /// start with the PNG signature is refused after its first 8 bytes.
    /// - Throws: `ImageComparisonError.unreadableFile` naming the path (`.invalidPNG` without the signature).
    public static func readFile(_ path: String, pngOnly: Bool = false) throws -> [UInt8] {
        // Core's bounded reader; a file that does not start with the signature is refused after its first bytes.
        try StoredFile.read(
            atPath: path, maximumBytes: maximumFileBytes, waitingForWriter: false, failure: ImageComparisonError.init
        ) {
            start, _ throws(ImageComparisonError) in
            let signature = PNGChunkStructure.signature
            guard pngOnly, Array(start.prefix(signature.count)) != signature else { return nil }
            do {
                try PNGChunkStructure.validate(Array(start.prefix(signature.count)), name: path)
            } catch let error as ImageComparisonError {
                throw error
            } catch {
                throw .invalidPNG(name: path, reason: "\(error)")
            }
            return nil
        }
    }

    /// Encodes an image as an 8-bit RGBA PNG (no timestamps or text chunks: same image, same bytes).
    public static func encode(_ image: RGBAImage) throws -> [UInt8] {
        guard image.width > 0, image.height > 0, let stride = Int32(exactly: image.width * 4) else {
            throw ImageComparisonError.encodingFailed(
                reason: "image size \(image.width)×\(image.height) cannot be written")
        }
        var header = png_image()
        header.version = png_uint_32(PNG_IMAGE_VERSION)
        header.width = png_uint_32(image.width)
        header.height = png_uint_32(image.height)
        header.format = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
        return try image.bytes.withUnsafeBytes { pixels in
            var size = 0
            guard png_image_write_to_memory(&header, nil, &size, 0, pixels.baseAddress, stride, nil) != 0 else {
                throw ImageComparisonError.encodingFailed(reason: message(of: header))
            }
            var out = [UInt8](repeating: 0, count: size)
            let ok = out.withUnsafeMutableBytes { buffer in
                png_image_write_to_memory(&header, buffer.baseAddress, &size, 0, pixels.baseAddress, stride, nil)
            }
            guard ok != 0 else { throw ImageComparisonError.encodingFailed(reason: message(of: header)) }
            return Array(out.prefix(size))
        }
    }

    /// Encodes an image and writes it to `path` through FileOutput (atomically; `-` is standard output).
    /// - Throws: `ImageComparisonError.encodingFailed`, or FileOutput's `OutputError` naming the path and reason.
    public static func write(_ image: RGBAImage, to path: String) throws {
        let bytes = try encode(image)
        try AtomicFile.write(bytes, to: path)
    }

    /// libpng's message for the last warning or error of `image`.
    private static func message(of image: png_image) -> String {
        let text = withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return text.isEmpty ? "libpng reported an unspecified error" : text
    }
}

extension ImageComparisonError {
    /// The bounded reader's failure, said of a PNG.
    init(_ failure: StoredFileFailure) {
        switch failure {
        case .cannotOpen(let path, let reason):
            self = .unreadableFile(path: path, reason: reason)
        case .unreadable(let path, let reason):
            self = .unreadableFile(path: path, reason: "read error: \(reason)")
        case .tooLarge(let path, _, _), .trailingBytes(let path, _):
            self = .unreadableFile(
                path: path, reason: "larger than the \(PNGCodec.maximumFileBytes) bytes a PNG may have here")
        }
    }
}
