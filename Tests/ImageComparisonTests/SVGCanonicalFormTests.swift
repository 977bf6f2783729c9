import Testing

@testable import ImageComparison

@Suite struct SVGCanonicalFormTests {
    func canonical(_ text: String) -> String { SVGCanonicalForm.canonicalize(Array(text.utf8)) }

    @Test func renumbersIDsInDocumentOrderWithTheirReferences() {
        let a =
            ##"<g id="surface7"><path id="glyph-0-1" d="M 1 2"/></g><use xlink:href="#glyph-0-1"/><g clip-path="url(#surface7)"/>"##
        let b =
            ##"<g id="surface12"><path id="glyph-3-9" d="M 1 2"/></g><use xlink:href="#glyph-3-9"/><g clip-path="url(#surface12)"/>"##
        #expect(canonical(a) == canonical(b))
        #expect(
            canonical(a).contains(#"id="c1""#) && canonical(a).contains(##"href="#c2""##)
                && canonical(a).contains("url(#c1)"))
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

    /// Found by fuzzing (Fuzz/SVGCanonicalFuzz.swift), minimised: in SVG `72.00001.5` is two numbers, 72.00001 and
    /// .5; the canonical form once rounded the first and kept the second glued to it, so it read `72.5`.
    @Test func numbersGluedTogetherStaySeparate() {
        #expect(canonical(#"<use x="72.00001.5"/>"#) != canonical(#"<use x="72.5"/>"#))
        #expect(canonical(#"<path d="M 1.5.5.25"/>"#) == #"<path d="M 1.5 0.5 0.25"/>"#)
    }

    /// Found by fuzzing, minimised: text the canonical form wrote once read differently the second time (a
    /// rounded number followed by `.5`, by `e3`, or `.5` written `0.5` after `1e+`).
    @Test func theCanonicalFormIsAFixedPoint() {
        for found in [#"x="72.0000010.00005""#, "d=\"0.000e15e3\"", #"d="1e+.5""#] {
            #expect(canonical(canonical(found)) == canonical(found), "\(found)")
        }
    }

    @Test func reportsTheFirstDifferingLine() {
        let d = SVGCanonicalForm.firstDifference("a\nb\nc", "a\nx\nc")
        #expect(d?.line == 2 && d?.expected == "b" && d?.actual == "x")
        #expect(SVGCanonicalForm.firstDifference("a", "a") == nil)
        #expect(SVGCanonicalForm.firstDifference("a", "a\nb")?.expected == "<end of document>")
    }
}
