/// Separates text from everything else when an SVG's rasterisation is compared with the PNG of the same figure.
///
/// Cairo's SVG writer emits glyphs as outlines (`<symbol id="glyph…">`) placed by `<use xlink:href="#glyph…">`.
/// rsvg-convert fills those outlines at their exact positions, while Cairo's image surface draws FreeType glyph
/// bitmaps snapped to whole pixels, so text differs by up to a pixel of position even when both are right.
/// Everything else (lines, markers, fills) rasterises identically. The check therefore rasterises the SVG a
/// second time without its glyphs: where the two rasterisations differ, and within `radius` pixels of that, is
/// text; the rest must match the PNG.
public enum SVGTextMask {
    /// How far around text pixels the mask reaches (glyph snapping moves at most half a pixel; antialiasing one more).
    public static let radius = 2

    /// The SVG without the `<use>` elements that place glyphs.
    public static func removingGlyphs(_ svg: [UInt8]) -> [UInt8] {
        let opening = Array("<use xlink:href=\"#glyph".utf8)
        var out = [UInt8]()
        out.reserveCapacity(svg.count)
        var i = 0
        while i < svg.count {
            if svg[i] == opening[0], i + opening.count <= svg.count,
                svg[i..<(i + opening.count)].elementsEqual(opening),
                let close = svg[i...].firstIndex(of: UInt8(ascii: ">"))
            {
                i = close + 1
                continue
            }
            out.append(svg[i])
            i += 1
        }
        return out
    }

    /// The text mask: pixels where the rasterisations with and without glyphs differ, grown by `radius`.
    public static func mask(withText: RGBAImage, withoutText: RGBAImage, radius: Int = radius) -> [Bool] {
        guard withText.width == withoutText.width, withText.height == withoutText.height else {
            return [Bool](repeating: false, count: withText.width * withText.height)
        }
        var text = [Bool](repeating: false, count: withText.width * withText.height)
        for y in 0..<withText.height {
            for x in 0..<withText.width where withText[x, y] != withoutText[x, y] {
                text[y * withText.width + x] = true
            }
        }
        return DiffImage.dilate(text, width: withText.width, height: withText.height, radius: radius)
    }

    /// `image` with every masked pixel replaced by `reference`'s, so that a comparison judges only unmasked pixels.
    public static func applying(_ mask: [Bool], to image: RGBAImage, from reference: RGBAImage) -> RGBAImage {
        guard image.width == reference.width, image.height == reference.height, mask.count == image.width * image.height
        else {
            return image
        }
        var out = image
        for y in 0..<image.height {
            for x in 0..<image.width where mask[y * image.width + x] { out[x, y] = reference[x, y] }
        }
        return out
    }
}
