import Plotting
import Testing

@testable import PlottingCairo

@Suite struct FontFamilyTests {
    func figure(family: String, title: Label = "Loss curve") -> Figure {
        var figure = Figure(Axes(marks: [LineMark(x: [0, 1], y: [0, 1])], title: title), width: 3, height: 2)
        figure.theme.fontFamily = family
        return figure
    }

    func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    func renderError(_ figure: Figure, as format: OutputFormat = .png) -> RenderError? {
        do {
            _ = try figure.render(as: format)
            return nil
        } catch {
            return error as? RenderError
        }
    }

    @Test func theThemesFamilyIsDrawn() throws {
        let serif = try figure(family: "DejaVu Serif").render(as: .pdf)
        #expect(contains(serif, "+DejaVuSerif"))
        #expect(!contains(serif, "+DejaVuSans"))
        let sans = try figure(family: "DejaVu Sans, NanumGothic").render(as: .pdf)
        #expect(contains(sans, "+DejaVuSans") && !contains(sans, "+DejaVuSerif"))
        // The first installed family of a list, and fontconfig's generic names, are honoured too.
        #expect(contains(try figure(family: "No Such Family 4711, DejaVu Serif").render(as: .pdf), "+DejaVuSerif"))
        #expect(try figure(family: "monospace").render(as: .png).count > 0)
    }

    @Test func familyListsAreReadAsPangoReadsThem() {
        #expect(FontFamilies.names(in: " DejaVu Serif ,\tNanumGothic,, ") == ["DejaVu Serif", "NanumGothic"])
        #expect(PinnedFonts.isPinned("dejavusans") && PinnedFonts.isPinned("Nanum Gothic"))
        #expect(!PinnedFonts.isPinned("DejaVu Serif"))
    }

    @Test func aFamilyThatIsNotInstalledIsAnError() {
        let error = renderError(figure(family: "No Such Family 4711"))
        #expect(error == .unknownFontFamily("No Such Family 4711"))
        #expect(error?.description.contains("'No Such Family 4711' is not installed") == true)
        #expect(renderError(figure(family: "No Such Family 4711"), as: .svg) != nil)
    }

    @Test func charactersNoFontHasAreAnError() {
        // The pinned fonts have Hangul and some Hanja but no simplified Chinese: an error naming the characters.
        let chinese = renderError(figure(family: "DejaVu Sans, NanumGothic", title: "损失函数"))
        #expect(
            chinese
                == .missingGlyphs(text: "损失函数", characters: ["损", "数"], fontFamily: "DejaVu Sans, NanumGothic"))
        #expect(chinese?.description.contains("U+635F 损, U+6570 数") == true)
        #expect(chinese?.description.contains("set Theme.fontFamily") == true)
        // Private-use characters: no font has them, pinned or installed; in every format.
        for format in OutputFormat.allCases {
            let error = renderError(figure(family: "DejaVu Serif", title: "a\u{E000}b\u{E000}"), as: format)
            #expect(
                error
                    == .missingGlyphs(text: "a\u{E000}b\u{E000}", characters: ["\u{E000}"], fontFamily: "DejaVu Serif"))
        }
        // An installed family falls back on the other installed fonts (fonts-nanum is a dependency): no error.
        #expect(renderError(figure(family: "DejaVu Serif", title: "학습 loss")) == nil)
    }

    @Test func animationFramesCheckTheirTextToo() throws {
        let frame = figure(family: "No Such Family 4711")
        let animation = Animation(frameCount: 2) { _ in frame }
        #expect(throws: RenderError.unknownFontFamily("No Such Family 4711")) {
            try AnimationFrames.render(animation) { _, _ in }
        }
    }
}
