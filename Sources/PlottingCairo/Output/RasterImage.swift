import CCairo

/// Pixels of a raster canvas as straight (non-premultiplied) 8-bit RGBA, rows top to bottom.
package struct RasterImage: Sendable, Hashable {
    package let width: Int
    package let height: Int
    /// `width * 4` bytes per row, no padding: R, G, B, A.
    package let rgba: [UInt8]

    package init(width: Int, height: Int, rgba: [UInt8]) {
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// The pixel at (x, y) as (r, g, b, a); nil outside the image.
    package func pixel(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8)? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let i = (y * width + x) * 4
        return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3])
    }

    /// Whether every pixel is fully opaque.
    package var isOpaque: Bool {
        var i = 3
        while i < rgba.count {
            if rgba[i] != 255 { return false }
            i += 4
        }
        return true
    }

    /// The pixels of a flushed ARGB32 image surface, un-premultiplied.
    init(surface: OpaquePointer) {
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface), width > 0, height > 0 else {
            self.init(width: 0, height: 0, rgba: [])
            return
        }
        let rgba = [UInt8](unsafeUninitializedCapacity: width * height * 4) { buffer, count in
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                PixelConversion.unpremultiplyRow(
                    row, width: width, into: buffer.baseAddress! + y * width * 4, channels: 4)
            }
            count = width * height * 4
        }
        self.init(width: width, height: height, rgba: rgba)
    }
}

/// Conversions from Cairo's native-endian premultiplied ARGB32 words.
enum PixelConversion {
    /// Writes one row as straight RGBA (`channels` 4) or RGB (`channels` 3, alpha dropped).
    @inline(__always)
    static func unpremultiplyRow(
        _ row: UnsafePointer<UInt32>, width: Int, into out: UnsafeMutablePointer<UInt8>,
        channels: Int
    ) {
        var o = out
        for x in 0..<width {
            let p = row[x]
            let a = p >> 24
            var r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff
            if a != 255 && a != 0 {
                r = (r * 255 + a / 2) / a
                g = (g * 255 + a / 2) / a
                b = (b * 255 + a / 2) / a
            }
            o[0] = UInt8(truncatingIfNeeded: r)
            o[1] = UInt8(truncatingIfNeeded: g)
            o[2] = UInt8(truncatingIfNeeded: b)
            if channels == 4 { o[3] = UInt8(truncatingIfNeeded: a) }
            o += channels
        }
    }

    /// Whether every pixel of the surface data has alpha 255.
    static func isOpaque(_ data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width where row[x] >> 24 != 255 { return false }
        }
        return true
    }
}
