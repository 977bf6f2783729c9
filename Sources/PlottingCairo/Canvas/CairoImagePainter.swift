import CCairo
import Plotting

/// Paints an `ImagePixels` over a rectangle as one Cairo image surface pattern (so no seams show between
/// its pixels), filtered `CAIRO_FILTER_NEAREST` or `CAIRO_FILTER_BILINEAR`.
enum CairoImagePainter {
    /// Paints `image` over `rect` on `cr`. With `padEdges` the outermost pixels extend to the rectangle's
    /// edge when blending (`CAIRO_EXTEND_PAD`: no half-transparent rim under bilinear filtering); vector
    /// surfaces, which cannot express padding, get `CAIRO_EXTEND_NONE` and let the viewer resample.
    ///
    /// `sharpenAt` (device pixels per point) is for surfaces whose viewers ignore Cairo's nearest filter
    /// (rsvg-convert and browsers smooth an SVG `<image>` pattern): the image is first enlarged by whole
    /// factors to about one pixel per device pixel, so smoothing blurs only the cells' borders.
    static func paint(
        _ image: ImagePixels, in rect: Rect, interpolation: ImageInterpolation, padEdges: Bool,
        sharpenAt pixelsPerPoint: Double?, on cr: OpaquePointer
    ) {
        guard image.isWellFormed, image.width <= 32767, image.height <= 32767,
            [rect.x, rect.y, rect.width, rect.height].allSatisfy({ $0.isFinite }), rect.width != 0,
            rect.height != 0
        else { return }
        var image = image
        if interpolation == .nearest, let pixelsPerPoint { image = sharpened(image, rect: rect, at: pixelsPerPoint) }
        guard let surface = makeSurface(image) else { return }
        defer { cairo_surface_destroy(surface) }
        cairo_save(cr)
        cairo_new_path(cr)
        cairo_translate(cr, CairoPath.clamp(rect.x), CairoPath.clamp(rect.y))
        cairo_scale(cr, rect.width / Double(image.width), rect.height / Double(image.height))
        cairo_set_source_surface(cr, surface, 0, 0)
        if let pattern = cairo_get_source(cr) {
            let nearest = interpolation == .nearest
            cairo_pattern_set_filter(pattern, nearest ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_BILINEAR)
            cairo_pattern_set_extend(pattern, padEdges && !nearest ? CAIRO_EXTEND_PAD : CAIRO_EXTEND_NONE)
        }
        cairo_rectangle(cr, 0, 0, Double(image.width), Double(image.height))
        cairo_fill(cr)
        cairo_restore(cr)
    }

    /// The most pixels an enlarged image may have (16 MiB of RGBA).
    static let maximumSharpenedPixels = 4_194_304

    /// `image` with each pixel repeated to about one per device pixel over `rect`, within
    /// `maximumSharpenedPixels`; the image itself when it is already that fine.
    static func sharpened(_ image: ImagePixels, rect: Rect, at pixelsPerPoint: Double) -> ImagePixels {
        func factor(_ points: Double, _ count: Int) -> Int {
            let f = (abs(points) * pixelsPerPoint / Double(count)).rounded(.up)
            return f.isFinite ? Int(min(max(f, 1), 4096)) : 1
        }
        var fx = factor(rect.width, image.width), fy = factor(rect.height, image.height)
        while fx * fy > 1, image.width * fx * image.height * fy > maximumSharpenedPixels {
            fx = max(1, fx / 2)
            fy = max(1, fy / 2)
        }
        guard fx * fy > 1 else { return image }
        let width = image.width * fx, height = image.height * fy
        var rgba = [UInt8]()
        rgba.reserveCapacity(width * height * 4)
        var row = [UInt8]()
        row.reserveCapacity(width * 4)
        for y in 0..<image.height {
            row.removeAll(keepingCapacity: true)
            for x in 0..<image.width {
                let i = (y * image.width + x) * 4
                for _ in 0..<fx { row.append(contentsOf: image.rgba[i..<(i + 4)]) }
            }
            for _ in 0..<fy { rgba.append(contentsOf: row) }
        }
        return ImagePixels(width: width, height: height, rgba: rgba)
    }

    /// An ARGB32 surface holding the image premultiplied; nil if Cairo cannot make one.
    private static func makeSurface(_ image: ImagePixels) -> OpaquePointer? {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(image.width), Int32(image.height))
        else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface)
        else {
            cairo_surface_destroy(surface)
            return nil
        }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        image.rgba.withUnsafeBufferPointer { source in
            for row in 0..<image.height {
                let target = UnsafeMutableRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<image.width {
                    let i = (row * image.width + column) * 4
                    let a = UInt32(source[i + 3])
                    // Premultiplied, rounded: c * a / 255.
                    func premultiplied(_ c: UInt8) -> UInt32 { (UInt32(c) * a + 127) / 255 }
                    target[column] =
                        a << 24 | premultiplied(source[i]) << 16 | premultiplied(source[i + 1]) << 8
                        | premultiplied(source[i + 2])
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }
}
