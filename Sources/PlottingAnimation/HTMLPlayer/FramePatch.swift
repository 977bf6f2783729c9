import PlottingCairo

/// A rectangle of one frame as a PNG, to be drawn at its place over what the player shows: a whole frame (a
/// keyframe) or a band that changed since the frame before.
package struct FramePatch: Sendable, Hashable {
    /// Where the PNG goes on the canvas.
    package let rect: PixelRect
    /// The PNG bytes: RGB when every pixel of the rectangle is opaque, else RGBA with straight alpha.
    package let png: [UInt8]

    /// The pixels of `rect` of `frame` (which must contain it) encoded as PNG through libpng.
    package init(_ frame: RasterImage, rect: PixelRect) throws {
        let rowStart = { (y: Int) in ((rect.y + y) * frame.width + rect.x) * 4 }
        let opaque = (0..<rect.height).allSatisfy { y in
            stride(from: rowStart(y) + 3, to: rowStart(y) + rect.width * 4, by: 4).allSatisfy { frame.rgba[$0] == 255 }
        }
        let channels = opaque ? 3 : 4
        var packed = [UInt8]()
        packed.reserveCapacity(rect.width * rect.height * channels)
        for y in 0..<rect.height {
            let row = frame.rgba[rowStart(y)..<rowStart(y) + rect.width * 4]
            if opaque {
                var i = row.startIndex
                while i < row.endIndex {
                    packed.append(row[i])
                    packed.append(row[i + 1])
                    packed.append(row[i + 2])
                    i += 4
                }
            } else {
                packed.append(contentsOf: row)
            }
        }
        self.rect = rect
        self.png = try packed.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { throw AnimationError.encoder("HTML player: an empty frame patch") }
            do {
                return try PNGEncoder.writeSimplified(base, width: rect.width, height: rect.height, channels: channels)
            } catch {
                throw AnimationError.encoder("HTML player: a frame could not be encoded as PNG: \(error)")
            }
        }
    }
}
