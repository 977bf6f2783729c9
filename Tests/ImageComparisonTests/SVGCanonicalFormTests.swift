import Testing
@testable import ImageComparison

@Suite struct SVGCanonicalFormTests {
    func canonical(_ text: String) -> String { SVGCanonicalForm.canonicalize(Array(text.utf8)) }

    @Test func renumbersIDsInDocumentOrderWithTheirReferences() {
        let a = ##"<g id="surface7"><path id="glyph-0-1" d="M 1 2"/></g><use xlink:href="#glyph-0-1"/><g clip-path="url(#surface7)"/>"##
        let b = ##"<g id="surface12"><path id="glyph-3-9" d="M 1 2"/></g><use xlink:href="#glyph-3-9"/><g clip-path="url(#surface12)"/>"##
        #expect(canonical(a) == canonical(b))
        #expect(canonical(a).contains(#"id="c1""#) && canonical(a).contains(##"href="#c2""##) && canonical(a).contains("url(#c1)"))
    }

    @Test func referencesToOtherIDsOrOrderChangesStillDiffer() {
        let a = ##"<g id="a"/><g id="b"/><use href="#a"/>"##
        let b = ##"<g id="a"/><g id="b"/><use href="#b"/>"##
        #expect(canonical(a) != canonical(b))
    }

    @Test func normalisesNumbersButKeepsRealChanges() {
        #expect(canonical(#"<path d="M 1.50 -0.00001 L 2e1 3.000049"/>"#) == canonical(#"<path d="M 1.5 0 L 20 3"/>"#))
        #expect(canonical(#"<path d="M 1.5 2"/>"#) != canonical(#"<path d="M 1.5 2.001"/>"#))
        #expect(canonical(#"stroke-width="1.5""#) != canonical(#"stroke-width="2""#))
        #expect(SVGCanonicalForm.normalizedNumber("-0.25") == "-0.25")
        #expect(SVGCanonicalForm.normalizedNumber("0.00005") == "0.0001")
        #expect(SVGCanonicalForm.normalizedNumber("12") == "12")
    }

    @Test func reportsTheFirstDifferingLine() {
        let d = SVGCanonicalForm.firstDifference("a\nb\nc", "a\nx\nc")
        #expect(d?.line == 2 && d?.expected == "b" && d?.actual == "x")
        #expect(SVGCanonicalForm.firstDifference("a", "a") == nil)
        #expect(SVGCanonicalForm.firstDifference("a", "a\nb")?.expected == "<end of document>")
    }
}
