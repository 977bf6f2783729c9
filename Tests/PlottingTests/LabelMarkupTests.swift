import Testing

@testable import Plotting

@Suite struct LabelMarkupTests {
    @Test func plainTextIsEscaped() {
        #expect(
            LabelMarkup.pango("a & b < c > d 'e' \"f\"", fontSize: 10)
                == "a &amp; b &lt; c &gt; d &#39;e&#39; &quot;f&quot;")
        #expect(LabelMarkup.pango("<b>bold?</b>", fontSize: 10) == "&lt;b&gt;bold?&lt;/b&gt;")
    }

    @Test func singleCharacterScripts() {
        #expect(LabelMarkup.parse("x_0") == [.text("x"), .sub([.text("0")])])
        #expect(LabelMarkup.parse("x^2") == [.text("x"), .sup([.text("2")])])
        // Only one character is taken without braces.
        #expect(LabelMarkup.parse("x_10") == [.text("x"), .sub([.text("1")]), .text("0")])
    }

    @Test func bracedAndNestedScripts() {
        #expect(LabelMarkup.parse("x_{10}") == [.text("x"), .sub([.text("10")])])
        #expect(LabelMarkup.parse("e^{x_{1}}") == [.text("e"), .sup([.text("x"), .sub([.text("1")])])])
        #expect(LabelMarkup.parse("{ab}c") == [.text("ab"), .text("c")])
    }

    @Test func minusInScriptsBecomesTrueMinus() {
        #expect(LabelMarkup.parse("e^{-x}") == [.text("e"), .sup([.text("\u{2212}x")])])
        #expect(LabelMarkup.parse("a-b") == [.text("a-b")])
    }

    @Test func greekAndSymbols() {
        #expect(LabelMarkup.plainText("\\alpha\\beta\\omega") == "αβω")
        #expect(LabelMarkup.plainText("\\Alpha\\Sigma\\Omega") == "ΑΣΩ")
        #expect(LabelMarkup.plainText("\\eta \\nabla f \\partial") == "η ∇ f ∂")
        #expect(LabelMarkup.plainText("a \\cdot b \\times c") == "a ⋅ b × c")  // spaces kept as typed
        #expect(LabelMarkup.plainText("a\\cdot{}b") == "a⋅b")
        #expect(LabelMarkup.plainText("\\infty\\leq\\geq\\pm\\to") == "∞≤≥±→")
        #expect(LabelMarkup.parse("x_\\alpha") == [.text("x"), .sub([.text("α")])])
    }

    @Test func unknownCommandsAndEscapesStayLiteral() {
        #expect(LabelMarkup.plainText("\\foo") == "\\foo")
        #expect(LabelMarkup.plainText("a\\_b\\^c\\{\\}\\\\") == "a_b^c{}\\")
        #expect(LabelMarkup.plainText("50\\% \\& \\$") == "50% & $")
    }

    @Test func invalidLabelsRenderLiterally() {
        for bad in ["x_", "x^", "a{b", "a}b", "x_{1", "x^}", "x__1", "{{}"] {
            #expect(LabelMarkup.parse(bad) == nil, "\(bad) should be invalid")
            #expect(LabelMarkup.plainText(bad) == bad)
        }
        #expect(LabelMarkup.pango("a<{b", fontSize: 10) == "a&lt;{b")
    }

    @Test func pangoMarkupUsesAbsoluteSizesAndRises() {
        // 10 pt text: script 7 pt (7168 units); superscript raised 3.8 pt (3891), subscript lowered 1.8 pt (-1843).
        #expect(LabelMarkup.pango("x^2", fontSize: 10) == "x<span size=\"7168\" rise=\"3891\">2</span>")
        #expect(LabelMarkup.pango("x_0", fontSize: 10) == "x<span size=\"7168\" rise=\"-1843\">0</span>")
        // Nested: the inner script is 4.9 pt and its rise adds to the outer one (3.8 - 0.18 * 7 = 2.54 pt).
        #expect(
            LabelMarkup.pango("e^{x_1}", fontSize: 10)
                == "e<span size=\"7168\" rise=\"3891\">x<span size=\"5018\" rise=\"2601\">1</span></span>")
    }

    @Test func oddFontSizesDoNotTrap() {
        #expect(LabelMarkup.pango("x^2", fontSize: .nan).contains("rise=\"0\""))
        #expect(!LabelMarkup.pango("x^2", fontSize: 1e300).isEmpty)
    }
}
