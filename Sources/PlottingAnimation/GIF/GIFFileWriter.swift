import CGif

/// One GIF being written by giflib into memory: the GifFileType it owns is closed (and freed) exactly once, by
/// `finish` or, after an error, when the writer goes away. Every giflib call's result is checked; a failure
/// throws `AnimationError.encoder` with giflib's message.
final class GIFFileWriter {
    /// Where giflib's output function appends the file's bytes.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    private let sink = Sink()
    private var file: UnsafeMutablePointer<GifFileType>?

    /// Opens a GIF89a of `width` × `height` pixels with `palette` (`0x00RRGGBB`, a power of two from 2 to 256
    /// entries) as its global colour table, and writes the screen descriptor.
    init(width: Int, height: Int, palette: [UInt32]) throws(AnimationError) {
        var error: Int32 = 0
        let opened = EGifOpen(
            Unmanaged.passUnretained(sink).toOpaque(),
            { file, data, count in
                guard let user = file?.pointee.UserData, let data, count >= 0 else { return 0 }
                let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(count)))
                return count
            }, &error)
        guard let opened else { throw Self.failure("EGifOpen", code: error) }
        file = opened
        EGifSetGifVersion(opened, true)
        let colors = palette.map {
            GifColorType(Red: UInt8($0 >> 16 & 0xFF), Green: UInt8($0 >> 8 & 0xFF), Blue: UInt8($0 & 0xFF))
        }
        guard let map = colors.withUnsafeBufferPointer({ GifMakeMapObject(Int32(colors.count), $0.baseAddress) })
        else { throw AnimationError.encoder("GIF: giflib refused a palette of \(colors.count) colours") }
        defer { GifFreeMapObject(map) }
        try check(
            EGifPutScreenDesc(opened, Int32(width), Int32(height), map.pointee.BitsPerPixel, 0, map),
            "EGifPutScreenDesc")
    }

    deinit {
        if let file { EGifCloseFile(file, nil) }
    }

    /// The NETSCAPE2.0 application extension: the animation repeats `repeats` times after its first play
    /// (0: forever).
    func putLoop(repeats: Int) throws(AnimationError) {
        let file = try open()
        let identifier = Array("NETSCAPE2.0".utf8)
        let count = UInt16(clamping: repeats)
        let subBlock: [UInt8] = [1, UInt8(count & 0xFF), UInt8(count >> 8)]
        try check(EGifPutExtensionLeader(file, APPLICATION_EXT_FUNC_CODE), "EGifPutExtensionLeader")
        try check(EGifPutExtensionBlock(file, Int32(identifier.count), identifier), "EGifPutExtensionBlock")
        try check(EGifPutExtensionBlock(file, Int32(subBlock.count), subBlock), "EGifPutExtensionBlock")
        try check(EGifPutExtensionTrailer(file), "EGifPutExtensionTrailer")
    }

    /// One frame: its graphics control extension (`delay` in 1/100 s, "do not dispose", `transparentIndex`),
    /// image descriptor at `rect` and rows of `indices` (`rect.width` per row).
    func putFrame(_ indices: inout [UInt8], rect: PixelRect, delay: Int, transparentIndex: UInt8) throws(AnimationError)
    {
        let file = try open()
        var control = GraphicsControlBlock(
            DisposalMode: DISPOSE_DO_NOT, UserInputFlag: false, DelayTime: Int32(delay),
            TransparentColor: Int32(transparentIndex))
        var extensionBytes = [UInt8](repeating: 0, count: 4)
        let length = EGifGCBToExtension(&control, &extensionBytes)
        try check(
            EGifPutExtension(file, GRAPHICS_EXT_FUNC_CODE, Int32(length), extensionBytes), "EGifPutExtension")
        try check(
            EGifPutImageDesc(file, Int32(rect.x), Int32(rect.y), Int32(rect.width), Int32(rect.height), false, nil),
            "EGifPutImageDesc")
        try indices.withUnsafeMutableBufferPointer { (rows) throws(AnimationError) in
            guard let base = rows.baseAddress, rows.count == rect.area else {
                throw AnimationError.encoder("GIF: a frame's rows do not match its rectangle")
            }
            for row in 0..<rect.height {
                try check(EGifPutLine(file, base + row * rect.width, Int32(rect.width)), "EGifPutLine")
            }
        }
    }

    /// Writes the trailer, frees giflib's state and returns the file.
    func finish() throws(AnimationError) -> [UInt8] {
        let file = try open()
        self.file = nil
        var error: Int32 = 0
        guard EGifCloseFile(file, &error) == GIF_OK, sink.bytes.last == 0x3B else {
            throw Self.failure("EGifCloseFile", code: error)
        }
        return sink.bytes
    }

    private func open() throws(AnimationError) -> UnsafeMutablePointer<GifFileType> {
        guard let file else { throw AnimationError.encoder("GIF: the file is already finished") }
        return file
    }

    private func check(_ result: Int32, _ call: String) throws(AnimationError) {
        guard result == GIF_OK else { throw Self.failure(call, code: file?.pointee.Error ?? 0) }
    }

    private static func failure(_ call: String, code: Int32) -> AnimationError {
        let reason = GifErrorString(code).map { String(cString: $0) } ?? "error \(code)"
        return AnimationError.encoder("GIF: giflib's \(call) failed: \(reason)")
    }
}
