import CGif

/// giflib's record-by-record GIF decoder over bytes in memory. Owns the GifFileType: closed and freed once,
/// when the reader goes away. Every call's result is checked; a failure throws `invalidGIF` with giflib's
/// message.
final class GIFReader {
    /// The bytes giflib's input function reads from.
    private final class Source {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    private let source: Source
    private let file: UnsafeMutablePointer<GifFileType>
    private let name: String

    /// Opens `bytes` and reads the header and logical screen descriptor.
    init(_ bytes: [UInt8], name: String) throws(ImageComparisonError) {
        self.name = name
        source = Source(bytes)
        var error: Int32 = 0
        let opened = DGifOpen(
            Unmanaged.passUnretained(source).toOpaque(),
            { file, buffer, wanted in
                guard let user = file?.pointee.UserData, let buffer, wanted > 0 else { return 0 }
                let source = Unmanaged<Source>.fromOpaque(user).takeUnretainedValue()
                let count = min(Int(wanted), source.bytes.count - source.offset)
                guard count > 0 else { return 0 }
                source.bytes.withUnsafeBufferPointer { bytes in
                    guard let base = bytes.baseAddress else { return }
                    buffer.update(from: base + source.offset, count: count)
                }
                source.offset += count
                return Int32(count)
            }, &error)
        guard let opened else { throw Self.failure(name, "DGifOpen", code: error) }
        file = opened
    }

    deinit { DGifCloseFile(file, nil) }

    /// The logical screen's size.
    var screen: (width: Int, height: Int) { (Int(file.pointee.SWidth), Int(file.pointee.SHeight)) }

    /// The kind of the next record.
    func nextRecord() throws(ImageComparisonError) -> GifRecordType {
        var type = UNDEFINED_RECORD_TYPE
        try check(DGifGetRecordType(file, &type), "DGifGetRecordType")
        return type
    }

    /// The next extension: its function code and data sub-blocks (every one read, so the next record follows).
    func readExtension() throws(ImageComparisonError) -> (code: Int32, blocks: [[UInt8]]) {
        var code: Int32 = 0
        var block: UnsafeMutablePointer<GifByteType>?
        try check(DGifGetExtension(file, &code, &block), "DGifGetExtension")
        var blocks: [[UInt8]] = []
        while let current = block {
            blocks.append(Array(UnsafeBufferPointer(start: current + 1, count: Int(current[0]))))
            try check(DGifGetExtensionNext(file, &block), "DGifGetExtensionNext")
        }
        return (code, blocks)
    }

    /// Reads the next image descriptor: its rectangle, whether it is interlaced, and the colours it uses (its
    /// local table, else the global one; nil when it has neither).
    func readImageDescriptor() throws(ImageComparisonError) -> (
        rect: (x: Int, y: Int, width: Int, height: Int), interlaced: Bool, colors: [RGBAPixel]?
    ) {
        try check(DGifGetImageDesc(file), "DGifGetImageDesc")
        let image = file.pointee.Image
        let map = image.ColorMap ?? file.pointee.SColorMap
        let colors = map.map { map in
            (0..<Int(max(0, map.pointee.ColorCount))).map { index in
                let color = map.pointee.Colors[index]
                return RGBAPixel(red: color.Red, green: color.Green, blue: color.Blue)
            }
        }
        let rect = (Int(image.Left), Int(image.Top), Int(image.Width), Int(image.Height))
        return (rect, image.Interlace, colors)
    }

    /// Reads one row of the current image (`row.count` pixels) into `row`.
    func readLine(into row: UnsafeMutableBufferPointer<UInt8>) throws(ImageComparisonError) {
        try check(DGifGetLine(file, row.baseAddress, Int32(row.count)), "DGifGetLine")
    }

    private func check(_ result: Int32, _ call: String) throws(ImageComparisonError) {
        guard result == GIF_OK else { throw Self.failure(name, call, code: file.pointee.Error) }
    }

    private static func failure(_ name: String, _ call: String, code: Int32) -> ImageComparisonError {
        let reason = GifErrorString(code).map { String(cString: $0) } ?? "error \(code)"
        return .invalidGIF(name: name, reason: "\(call): \(reason)")
    }
}
