import Plotting
import Testing

@testable import PlottingCairo

/// `FigureLimits` is the one definition of the size limits: the library's `Figure.validate` and the renderer's
/// `DocumentGeometry` accept and refuse exactly the same sizes, and their messages quote the same numbers.
@Suite struct FigureLimitsTests {
    /// Sizes (inches, inches, dpi) on both sides of every limit.
    static let sizes: [(Double, Double, Double)] = [
        (6.4, 4.8, 100), (1, 1, 2400), (1, 1, 2400.5), (0, 1, 100), (1, .nan, 100), (1, 1, -1),
        (100, 100, 100),  // exactly 100 megapixels
        (100, 100.01, 100),  // 10000 × 10001 px: over 100 megapixels
        (100, 100.004, 100),  // 10000 × 10000.4 px: rounds to 100 megapixels
        (400, 0.1, 100),  // 40000 × 10 px: a side over 32767
        (327.67, 1, 100), (327.68, 1, 100),  // 32767 and 32768 px a side
        (0.001, 1, 100), (0.005, 1, 100),  // under one pixel; rounds up to one
    ]

    @Test(arguments: sizes.indices)
    func figureAndRendererAgree(index: Int) {
        let (width, height, dpi) = Self.sizes[index]
        let rendererAccepts = (try? DocumentGeometry(width: width, height: height, dpi: dpi)) != nil
        let figureAccepts = (try? Figure(Axes(), width: width, height: height, dpi: dpi).validate()) != nil
        #expect(rendererAccepts == figureAccepts, "\(width) × \(height) in at \(dpi) dpi")
        #expect(rendererAccepts == (FigureLimits.violation(width: width, height: height, dpi: dpi) == nil))
    }

    @Test func aSideTooLongIsNamedWithItsPixels() {
        do {
            try Figure(Axes(), width: 400, height: 0.1, dpi: 100).validate()
            Issue.record("a 40000-pixel side was accepted")
        } catch {
            #expect(
                "\(error)".contains("40000 × 10 pixels") && "\(error)".contains("\(FigureLimits.maximumPixelsPerSide)"))
        }
    }

    @Test func messagesQuoteTheLimits() {
        #expect(RenderError.invalidDPI(3000).description.hasSuffix("at most \(Int(FigureLimits.maximumDPI))"))
        #expect(RenderError.tooManyPixels(width: 1, height: 1e20).description.contains("1 × 1e+20 pixels"))
        #expect(
            RenderError.tooManyPixels(width: 1, height: 1).description.contains(
                "\(FigureLimits.maximumPixels / 1_000_000) megapixels"))
    }
}
