import PlottingCairo

/// A rectangle of one frame as a PNG, to be drawn at its place over what the player shows: a whole frame (a
/// keyframe) or a band that changed since the frame before.
///
/// A band of an opaque frame is stored as an overlay: the pixels equal to the previous frame's are left fully
/// transparent, so the PNG is mostly zeros (a tangent sliding across the whole plot changes a band as high as
/// the plot but only the pixels of two lines), and the player draws it over the canvas (transparent pixels keep
/// what is there, opaque ones replace it exactly). A band with any non-opaque pixel is stored whole and replaces
/// its rectangle, since there transparency means itself.
package struct FramePatch: Sendable, Hashable {
    /// Where the PNG goes on the canvas.
    package let rect: PixelRect
    /// The PNG bytes: RGB for a whole opaque rectangle, else RGBA with straight alpha.
    package let png: [UInt8]
    /// Whether the patch is drawn over the canvas (its transparent pixels mean "unchanged") rather than replacing
    /// its rectangle.
    package let isOverlay: Bool

    /// The pixels of `rect` of `frame` (which must contain it) encoded as PNG through libpng; an overlay of the
    /// changes since `previous` (the same size) when both are opaque in `rect`.
    package init(_ frame: RasterImage, rect: PixelRect, previous: RasterImage? = nil) throws {
        let opaque = Self.isOpaque(frame, rect)
        let overlay = opaque && previous.map { Self.isOpaque($0, rect) } == true
        let channels = opaque && !overlay ? 3 : 4
        var packed = [UInt8](repeating: 0, count: rect.width * rect.height * channels)
        frame.rgba.withUnsafeBufferPointer { new in
            let old = previous?.rgba ?? []
            var out = 0
            for y in 0..<rect.height {
                var i = ((rect.y + y) * frame.width + rect.x) * 4
                for _ in 0..<rect.width {
                    if overlay, old[i] == new[i], old[i + 1] == new[i + 1], old[i + 2] == new[i + 2] {
                        out += 4  // unchanged: stays transparent black
                    } else {
                        for c in 0..<channels { packed[out + c] = new[i + c] }
                        out += channels
                    }
                    i += 4
                }
            }
        }
        self.rect = rect
        self.isOverlay = overlay
        self.png = try packed.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { throw AnimationError.encoder("HTML player: an empty frame patch") }
            do {
                return try PNGEncoder.writeSimplified(base, width: rect.width, height: rect.height, channels: channels)
            } catch {
                throw AnimationError.encoder("HTML player: a frame could not be encoded as PNG: \(error)")
            }
        }
    }

    /// Whether every pixel of `rect` in `image` is fully opaque.
    private static func isOpaque(_ image: RasterImage, _ rect: PixelRect) -> Bool {
        image.rgba.withUnsafeBufferPointer { rgba in
            for y in rect.y..<rect.y + rect.height {
                var i = (y * image.width + rect.x) * 4 + 3
                for _ in 0..<rect.width {
                    if rgba[i] != 255 { return false }
                    i += 4
                }
            }
            return true
        }
    }
}
