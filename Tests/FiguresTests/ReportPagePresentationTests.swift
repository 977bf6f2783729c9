import Foundation
import Testing

@testable import Figures

/// How the report page presents its figures: animations beside the stills, links to the full-size files, both
/// languages marked and described, fonts, dark and print styles.
@Suite("HTML report page presentation")
struct ReportPagePresentationTests {
    static let animated = "gradient-descent"

    /// The page with an animation (GIF and player) for `animated` only.
    static func page() throws -> String {
        let entries = Catalogue.figures.map { figure in
            ReportEntry(figure: figure, pixelWidth: 640, pixelHeight: 480, warnings: ["w"])
                .withAnimations(figure.id == animated ? ["\(animated).gif", "\(animated).html"] : [])
        }
        return try ReportPage.html(entries: entries, formats: ["png", "svg", "pdf"])
    }

    /// The text of one figure's section.
    static func section(_ id: String, in html: String) throws -> Substring {
        let start = try #require(html.range(of: "<section id=\"\(id)\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.upperBound]
    }

    @Test func anAnimationIsShownBesideItsStillAndLinksItsPlayer() throws {
        let html = try Self.page()
        let section = try Self.section(Self.animated, in: html)
        #expect(section.contains("<div class=\"views wide\">"))
        #expect(
            section.contains(
                "<div class=\"animation\">\n<a href=\"\(Self.animated).html\"><img src=\"\(Self.animated).gif\" alt=\"애니메이션: "
            ))
        #expect(
            section.contains(
                "<a href=\"\(Self.animated).html\">플레이어 <span class=\"en\" lang=\"en\">(player)</span></a>"))
        #expect(section.contains("<a href=\"\(Self.animated).gif\">GIF</a>"))
        let still = try Self.section("sigmoid", in: html)
        #expect(!still.contains("class=\"animation\"") && still.contains("<div class=\"views\">"))
        #expect(html.components(separatedBy: "<div class=\"animation\">").count == 2, "only the animated figure")
        #expect(section.contains("<p class=\"warning\" lang=\"en\">w</p>"), "withAnimations keeps the rest")
    }

    @Test func eachFigureLinksToItsFullSizeFileAndIsDescribedInBothLanguages() throws {
        let html = try Self.page()
        for figure in Catalogue.figures {
            let alt = HTML.escape("\(figure.summary.ko) — \(figure.summary.en)")
            #expect(
                html.contains(
                    "<a class=\"still\" href=\"\(figure.id).png\"><img src=\"\(figure.id).svg\" alt=\"\(alt)\""),
                "\(figure.id)")
        }
        let svgOnly = try ReportPage.html(
            entries: [ReportEntry(figure: Catalogue.figures[0], pixelWidth: 640, pixelHeight: 480)], formats: ["svg"])
        #expect(svgOnly.contains("<a class=\"still\" href=\"\(Catalogue.figures[0].id).svg\">"))
    }

    @Test func englishTextIsMarkedEnglish() throws {
        let html = try Self.page()
        #expect(html.contains("<html lang=\"ko\">"))
        let spans = html.components(separatedBy: "class=\"en\"").count - 1
        let marked =
            html.components(separatedBy: "class=\"en\" lang=\"en\"").count
            + html.components(separatedBy: "lang=\"en\" class=\"en\"").count - 2
        #expect(spans > 20 && marked == spans, "every .en element says lang=\"en\"")
        #expect(html.contains("<td lang=\"en\" data-label=\"계산 (computation)\">sum_squares_error"))
        #expect(html.contains("<p lang=\"en\">dlplot "), "the footer")
    }

    @Test func latinFontComesBeforeTheKoreanFonts() throws {
        let html = try Self.page()
        let stack = ReportStyle.fontFamily
        #expect(stack.hasPrefix("\"DejaVu Sans\""), "Latin letters, digits and ² from DejaVu Sans")
        let nanum = try #require(stack.range(of: "NanumGothic"))
        let arial = try #require(stack.range(of: "Arial"))
        #expect(arial.upperBound < nanum.lowerBound)
        #expect(html.contains("--sans: \(stack);") && html.contains("font-family: var(--sans)"))
    }

    @Test func darkAndPrintStylesAreThere() throws {
        let css = ReportStyle.css
        #expect(css.contains("@media (prefers-color-scheme: dark)") && css.contains("color-scheme: light dark"))
        let print = try #require(css.range(of: "@media print {")).upperBound
        let printRules = css[print...]
        #expect(printRules.contains("h1, h2, h3 { break-after: avoid; break-inside: avoid; }"))
        #expect(printRules.contains("figure, pre, tr, .views img { break-inside: avoid; }"))
        #expect(printRules.contains("table { width: 100%;") && printRules.contains("td { overflow-wrap: anywhere; }"))
        #expect(printRules.contains("td.num.array { min-width: 0; }"), "the array column no longer forces a width")
    }

    @Test func pageWithAnimationsIsValidHTML5() throws {
        let result = try HTMLValidator.validate(page: Array(try Self.page().utf8))
        #expect(result.status == 0, "html5lib reports:\n\(result.output)")
    }
}
