/// Frames as palette indices into a GIF, once the palette is known: each frame stores only the rectangle where
/// its mapped pixels differ from what is already shown, and inside it the pixels that stay the same are the
/// transparent index (long runs of it cost LZW almost nothing).
struct GIFFrameStream {
    private let writer: GIFFileWriter
    private var mapper: PaletteMapper
    private let width: Int
    /// What the GIF shows after the frames written so far, as palette indices (the transparent index where
    /// nothing is drawn yet).
    private var shown: [UInt8]

    /// Opens the GIF (`width` × `height`, `palette` of 1 to 255 colours) and writes the loop extension for
    /// `plays` plays (0: forever; 1 writes none, as a GIF without one plays once).
    init(width: Int, height: Int, palette: [UInt32], plays: Int) throws(AnimationError) {
        mapper = PaletteMapper(palette: palette)
        var tableSize = 2
        while tableSize < palette.count + 1 { tableSize *= 2 }
        let table = palette + Array(repeating: 0, count: tableSize - palette.count)
        writer = try GIFFileWriter(width: width, height: height, palette: table)
        self.width = width
        shown = Array(repeating: mapper.transparentIndex, count: width * height)
        if plays != 1 { try writer.putLoop(repeats: max(plays - 1, 0)) }
    }

    /// Writes one frame whose keys changed only inside `rect` (`keys` are that rectangle's, `unchanged` where the
    /// pixel is as before), shown `delay` cs.
    mutating func write(keys: [UInt32], rect: PixelRect, delay: Int) throws(AnimationError) {
        var indices = mapper.indices(of: keys)
        let transparent = mapper.transparentIndex
        var left = Int.max, right = -1, top = Int.max, bottom = -1
        let width = self.width
        indices.withUnsafeMutableBufferPointer { indices in
            shown.withUnsafeMutableBufferPointer { shown in
                for row in 0..<rect.height {
                    let shownStart = (rect.y + row) * width + rect.x
                    let start = row * rect.width
                    for column in 0..<rect.width {
                        let index = indices[start + column]
                        if index == transparent || index == shown[shownStart + column] {
                            // Unchanged, the same after mapping, or transparent (a GIF frame cannot clear a
                            // pixel): what is shown stays.
                            indices[start + column] = transparent
                        } else {
                            shown[shownStart + column] = indices[start + column]
                            left = min(left, column)
                            right = max(right, column)
                            top = min(top, row)
                            bottom = max(bottom, row)
                        }
                    }
                }
            }
        }
        guard right >= 0 else {
            // Nothing changes: one transparent pixel keeps the frame and its delay.
            var pixel = [transparent]
            try writer.putFrame(
                &pixel, rect: PixelRect(x: 0, y: 0, width: 1, height: 1), delay: delay, transparentIndex: transparent)
            return
        }
        let tight = PixelRect(x: rect.x + left, y: rect.y + top, width: right - left + 1, height: bottom - top + 1)
        var cropped: [UInt8]
        if tight == rect {
            cropped = indices
        } else {
            cropped = []
            cropped.reserveCapacity(tight.area)
            for row in top...bottom {
                cropped.append(contentsOf: indices[row * rect.width + left...row * rect.width + right])
            }
        }
        try writer.putFrame(&cropped, rect: tight, delay: delay, transparentIndex: transparent)
    }

    /// The finished file.
    func finish() throws(AnimationError) -> [UInt8] { try writer.finish() }
}
