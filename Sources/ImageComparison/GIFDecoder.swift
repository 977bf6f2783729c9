import CGif

/// Decodes GIF files (giflib, record by record) into the frames a viewer shows, for tests and the golden check.
///
/// The input is untrusted, so everything is bounded before it is allocated: the logical screen (at most
/// `PNGCodec.maximumPixelCount` pixels), the frame count (`maximumFrames`) and all frames' pixels together
/// (`maximumTotalPixels`); an image must lie inside the screen and use only colours of its table. Anything
/// else (not a GIF, truncated, no frames) is refused with one line naming the file and what was wrong.
public enum GIFDecoder {
    /// The most frames decoded (an animation's own cap, `AnimationLimits.maximumFrames`).
    public static let maximumFrames = 1000
    /// The most pixels all decoded frames may have together by default (frames × screen): 400 MB of RGBA,
    /// 325 frames of 640 × 480.
    public static let defaultMaximumTotalPixels = 100_000_000

    /// Decodes `data`, named `name` in errors, with at most `maximumTotalPixels` pixels in all frames.
    /// - Throws: `ImageComparisonError.invalidGIF` naming what was wrong.
    public static func decode(
        _ data: [UInt8], name: String, maximumTotalPixels: Int = defaultMaximumTotalPixels
    ) throws(ImageComparisonError) -> DecodedGIF {
        func invalid(_ reason: String) -> ImageComparisonError { .invalidGIF(name: name, reason: reason) }
        let reader = try GIFReader(data, name: name)
        let (width, height) = reader.screen
        guard width > 0, height > 0, width <= PNGCodec.maximumPixelCount / height else {
            throw invalid(
                "its screen is \(width)×\(height) pixels; it must be 1 to \(PNGCodec.maximumPixelCount) pixels")
        }
        let screenPixels = width * height
        guard screenPixels <= maximumTotalPixels else {
            throw invalid("its \(width)×\(height) screen is past the limit of \(maximumTotalPixels) pixels in all")
        }
        var composer = GIFComposer(width: width, height: height)
        var frames: [RGBAImage] = []
        var delays: [Int] = []
        var plays = 1
        var control: GraphicsControlBlock?
        records: while true {
            switch try reader.nextRecord() {
            case EXTENSION_RECORD_TYPE:
                let (code, blocks) = try reader.readExtension()
                if code == GRAPHICS_EXT_FUNC_CODE, let block = blocks.first {
                    var parsed = GraphicsControlBlock()
                    guard DGifExtensionToGCB(block.count, block, &parsed) == GIF_OK else {
                        throw invalid(
                            "frame \(frames.count)'s graphics control extension has \(block.count) bytes, not 4")
                    }
                    control = parsed
                } else if let repeats = loopRepeats(code: code, blocks: blocks) {
                    plays = repeats == 0 ? 0 : repeats + 1
                }
            case IMAGE_DESC_RECORD_TYPE:
                guard frames.count < maximumFrames else { throw invalid("it has more than \(maximumFrames) frames") }
                guard (frames.count + 1) * screenPixels <= maximumTotalPixels else {
                    throw invalid(
                        "\(frames.count + 1) frames of \(width)×\(height) are past the limit of \(maximumTotalPixels) pixels in all"
                    )
                }
                let (rect, interlaced, colors) = try reader.readImageDescriptor()
                let place = "frame \(frames.count)'s image (\(rect.width)×\(rect.height) at \(rect.x),\(rect.y))"
                guard rect.width > 0, rect.height > 0, rect.x >= 0, rect.y >= 0,
                    rect.x + rect.width <= width, rect.y + rect.height <= height
                else { throw invalid("\(place) is empty or not inside the \(width)×\(height) screen") }
                guard let colors else { throw invalid("\(place) has no colour table, local or global") }
                let indices = try readRows(reader, width: rect.width, height: rect.height, interlaced: interlaced)
                let transparent = control.map { Int($0.TransparentColor) }.flatMap { $0 >= 0 ? $0 : nil }
                do {
                    frames.append(
                        try composer.draw(
                            indices, at: GIFComposer.Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height),
                            colors: colors, transparentIndex: transparent,
                            disposal: control.flatMap { GIFComposer.Disposal(rawValue: $0.DisposalMode) }
                                ?? .unspecified
                        ))
                } catch {
                    throw invalid("\(place) uses colour \(error.index) but its table has \(error.colorCount)")
                }
                delays.append(Int(control?.DelayTime ?? 0))
                control = nil
            case TERMINATE_RECORD_TYPE:
                break records
            default:
                throw invalid("an unknown record follows frame \(frames.count)")
            }
        }
        guard !frames.isEmpty else { throw invalid("it has no frames") }
        return DecodedGIF(width: width, height: height, frames: frames, delays: delays, plays: plays)
    }

    /// Reads and decodes the GIF file at `path` (at most `PNGCodec.maximumFileBytes`).
    /// - Throws: `ImageComparisonError.unreadableFile` if it cannot be read, `.invalidGIF` if it is not a valid GIF.
    public static func decode(contentsOf path: String) throws -> DecodedGIF {
        try decode(PNGCodec.readFile(path), name: path)
    }

    /// The repeat count of a NETSCAPE2.0 (or ANIMEXTS1.0) looping extension, or nil for any other extension.
    static func loopRepeats(code: Int32, blocks: [[UInt8]]) -> Int? {
        guard code == APPLICATION_EXT_FUNC_CODE, blocks.count >= 2,
            blocks[0] == Array("NETSCAPE2.0".utf8) || blocks[0] == Array("ANIMEXTS1.0".utf8),
            blocks[1].count >= 3, blocks[1][0] == 1
        else { return nil }
        return Int(blocks[1][1]) | Int(blocks[1][2]) << 8
    }

    /// The current image's pixels, `width` per row, rows top to bottom (an interlaced image's four passes put
    /// in place).
    static func readRows(
        _ reader: GIFReader, width: Int, height: Int, interlaced: Bool
    ) throws(ImageComparisonError) -> [UInt8] {
        let order: [Int] =
            interlaced
            ? [(0, 8), (4, 8), (2, 4), (1, 2)].flatMap { Array(stride(from: $0.0, to: height, by: $0.1)) }
            : Array(0..<height)
        var indices = [UInt8](repeating: 0, count: width * height)
        try indices.withUnsafeMutableBufferPointer { (pixels) throws(ImageComparisonError) in
            for row in order {
                try reader.readLine(into: UnsafeMutableBufferPointer(rebasing: pixels[row * width..<(row + 1) * width]))
            }
        }
        return indices
    }
}
