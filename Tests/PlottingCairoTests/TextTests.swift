import Plotting
import Testing

@testable import PlottingCairo

@Suite struct TextTests {
    let font = Font(family: "DejaVu Sans, NanumGothic", size: 20)

    /// Draws `text` anchored at the centre of a 2 × 2 inch, 100 dpi canvas and returns its ink box.
    func ink(
        _ text: Label = "Hxy", horizontal: HorizontalAnchor, vertical: VerticalAnchor,
        rotation: Double = 0
    ) throws -> InkBox {
        let canvas = try whiteRaster(width: 2, height: 2)
        canvas.drawText(
            text, at: Point(72, 72), font: font, color: .black,
            horizontal: horizontal, vertical: vertical, rotation: rotation)
        let image = try #require(canvas.pixels)
        return try #require(inkBox(image))
    }

    @Test func horizontalAnchors() throws {
        // The anchor is at pixel 100; ink stays within a pixel of the side it is anchored by.
        let left = try ink(horizontal: .left, vertical: .baseline)
        let right = try ink(horizontal: .right, vertical: .baseline)
        let center = try ink(horizontal: .center, vertical: .baseline)
        #expect(left.minX >= 100 && left.minX <= 104)
        #expect(right.maxX <= 100 && right.maxX >= 96)
        #expect(abs(center.centerX - 100) <= 3)
        #expect(abs(left.width - right.width) <= 1)  // sub-pixel placement may differ
    }

    @Test func verticalAnchors() throws {
        let top = try ink(horizontal: .left, vertical: .top)
        let bottom = try ink(horizontal: .left, vertical: .bottom)
        let baseline = try ink(horizontal: .left, vertical: .baseline)
        let center = try ink(horizontal: .left, vertical: .center)
        #expect(top.minY >= 100)  // everything below the anchor
        #expect(bottom.maxY <= 100)  // everything above
        // "H" sits on the baseline, "y" descends below it.
        #expect(baseline.minY < 100 && baseline.maxY > 100)
        #expect(center.minY < 100 && center.maxY > 100)
        // The box moves up as the anchor goes from its top to its centre, baseline and bottom.
        #expect(top.minY > center.minY && center.minY > baseline.minY && baseline.minY > bottom.minY)
    }

    @Test func rotationIsCounterClockwiseAboutTheAnchor() throws {
        let flat = try ink(horizontal: .left, vertical: .baseline)
        let up = try ink(horizontal: .left, vertical: .baseline, rotation: 90)
        // Rotated 90° CCW: the text runs upward from the anchor, glyphs standing to the left of the baseline.
        #expect(abs(up.height - flat.width) <= 2 && abs(up.width - flat.height) <= 2)
        #expect(up.maxY <= 100 && up.maxY >= 96)
        #expect(up.minX < 100 && up.maxX > 100)  // ascenders left of x = 100, the "y" descender right of it
        let centered = try ink(horizontal: .center, vertical: .center, rotation: 90)
        #expect(abs(centered.centerY - 100) <= 3)
    }

    @Test func measureMatchesDrawnInkAndIsTheSameInEveryFormat() throws {
        let canvas = try whiteRaster(width: 2, height: 2)
        let extent = canvas.measureText("Hxy", font: font)
        let drawn = try ink(horizontal: .left, vertical: .top)
        // Ink is inside the logical box (100 px = 72 pt per inch).
        #expect(Double(drawn.width) <= extent.width * 100 / 72 + 2)
        #expect(Double(drawn.height) <= extent.height * 100 / 72 + 2)
        #expect(extent.baseline > 0 && extent.baseline < extent.height)
        for format in [OutputFormat.svg, .pdf] {
            let other = try CairoCanvas(format: format, width: 2, height: 2, dpi: 100)
            #expect(other.measureText("Hxy", font: font) == extent)
        }
        let other = try CairoCanvas(format: .png, width: 2, height: 2, dpi: 300)
        #expect(other.measureText("Hxy", font: font) == extent)
    }

    @Test func scriptsAreRaisedAndLowered() throws {
        let canvas = try whiteRaster(width: 2, height: 2)
        let plain = canvas.measureText("x", font: font)
        let sup = canvas.measureText(.markup("x^2"), font: font)
        let sub = canvas.measureText(.markup("x_2"), font: font)
        #expect(sup.height > plain.height)
        #expect(sup.baseline > plain.baseline)  // room above for the superscript
        #expect(sub.height - sub.baseline > plain.height - plain.baseline)  // room below
        // Drawn on the same baseline, the superscript's ink rises above the x-height and the subscript's sinks.
        let x = try ink("x", horizontal: .left, vertical: .baseline)
        let up = try ink(.markup("x^2"), horizontal: .left, vertical: .baseline)
        let down = try ink(.markup("x_2"), horizontal: .left, vertical: .baseline)
        #expect(up.minY < x.minY - 5)
        #expect(down.maxY > x.maxY + 2)
    }

    @Test func plainStringsAreDrawnAsTyped() throws {
        let canvas = try whiteRaster(width: 2, height: 2)
        // Literal: "x_2" is three characters on one baseline, wider than x₂ and no taller than plain text.
        let literal = canvas.measureText("x_2", font: font)
        let scripted = canvas.measureText(.markup("x_2"), font: font)
        #expect(literal.height == canvas.measureText("x", font: font).height)
        #expect(literal.width > scripted.width)
        // Markup characters that Pango would read (`<b>`, `&`) are text too.
        #expect(canvas.measureText("<b>&amp;</b>", font: font).width > canvas.measureText("&amp;", font: font).width)
        let literalInk = try ink("x_2", horizontal: .left, vertical: .baseline)
        let scriptInk = try ink(.markup("x_2"), horizontal: .left, vertical: .baseline)
        #expect(literalInk.width > scriptInk.width)
    }

    @Test func hangulRendersRealGlyphs() throws {
        let canvas = try whiteRaster(width: 2, height: 1)
        #expect(try canvas.unknownGlyphCount("학습 loss", font: font) == 0)
        #expect(try canvas.unknownGlyphCount("\u{E000}", font: font) == 1)  // private use: no font has it
        let extent = canvas.measureText("학습", font: font)
        // Two full-width syllables at 20 pt: about 2 em wide.
        #expect(extent.width > 30 && extent.width < 44)
        canvas.drawText(
            "학습", at: Point(10, 36), font: font, color: .black,
            horizontal: .left, vertical: .center, rotation: 0)
        let image = try #require(canvas.pixels)
        let box = try #require(inkBox(image))
        #expect(inkCount(image) > 150)
        #expect(Double(box.width) > extent.width * 100 / 72 * 0.8)
    }

    @Test func greekAndMinusUseDejaVuGlyphs() throws {
        let canvas = try whiteRaster()
        #expect(try canvas.unknownGlyphCount(.markup("\\alpha\\eta\\nabla\\partial \u{2212}1"), font: font) == 0)
    }
}
