/// The picture a GIF viewer shows, built frame by frame: each image drawn over what is there (its transparent
/// index leaving pixels as they are), then disposed of as its graphics control extension says: kept, cleared
/// to transparent ("restore to background", as browsers do), or put back as it was before the image.
struct GIFComposer {
    /// A GIF89a disposal method.
    enum Disposal: Int32 {
        case unspecified = 0, keep = 1, clear = 2, restorePrevious = 3
    }

    /// The rectangle of one image, inside the screen.
    struct Rect {
        var x: Int
        var y: Int
        var width: Int
        var height: Int
    }

    private(set) var canvas: RGBAImage

    /// A screen of `width` × `height` pixels, transparent black.
    init(width: Int, height: Int) {
        canvas = RGBAImage(width: width, height: height, filledWith: .transparent)
    }

    /// Draws `indices` (`rect.width` per row) with `colors` and returns the frame as shown; then applies
    /// `disposal` for the next frame. Throws when an index (other than `transparentIndex`) has no colour.
    mutating func draw(
        _ indices: [UInt8], at rect: Rect, colors: [RGBAPixel], transparentIndex: Int?, disposal: Disposal
    ) throws(GIFComposerError) -> RGBAImage {
        let saved = disposal == .restorePrevious ? region(rect) : []
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                let index = Int(indices[row * rect.width + column])
                if index == transparentIndex { continue }
                guard index < colors.count else { throw GIFComposerError(index: index, colorCount: colors.count) }
                let offset = ((rect.y + row) * canvas.width + rect.x + column) * 4
                let color = colors[index]
                canvas.bytes[offset] = color.red
                canvas.bytes[offset + 1] = color.green
                canvas.bytes[offset + 2] = color.blue
                canvas.bytes[offset + 3] = 255
            }
        }
        let shown = canvas
        switch disposal {
        case .clear: fill(rect, with: Array(repeating: 0, count: rect.width * rect.height * 4))
        case .restorePrevious: fill(rect, with: saved)
        case .unspecified, .keep: break
        }
        return shown
    }

    /// The canvas bytes inside `rect`, row by row.
    private func region(_ rect: Rect) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rect.width * rect.height * 4)
        for row in rect.y..<rect.y + rect.height {
            let start = (row * canvas.width + rect.x) * 4
            bytes.append(contentsOf: canvas.bytes[start..<start + rect.width * 4])
        }
        return bytes
    }

    /// Puts `bytes` (as `region` returns them) back inside `rect`.
    private mutating func fill(_ rect: Rect, with bytes: [UInt8]) {
        for row in 0..<rect.height {
            let start = ((rect.y + row) * canvas.width + rect.x) * 4
            let source = row * rect.width * 4
            canvas.bytes.replaceSubrange(start..<start + rect.width * 4, with: bytes[source..<source + rect.width * 4])
        }
    }
}

/// A pixel whose colour index is past the end of its colour table.
struct GIFComposerError: Error {
    let index: Int
    let colorCount: Int
}
