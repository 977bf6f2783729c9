import Testing

@testable import Core

/// Issue 10: expression limits count scalars and bytes, nesting is bounded, and error messages echo at most
/// a window of the expression with the caret under the right character.
@Suite struct ExpressionLimitsTests {
    private func error(_ text: String, _ variables: ExpressionVariables = .oneDimensional) -> ExpressionParseError? {
        do {
            _ = try MathExpression(parsing: text, variables: variables)
            return nil
        } catch {
            return error
        }
    }

    /// One character (a grapheme cluster) carrying 100,000 combining marks: 100,001 scalars, refused by the
    /// length limit (counting characters, it was 1 and passed), and the message stays short.
    @Test func combiningMarksCountTowardTheLimit() throws {
        let text = "x" + String(repeating: "\u{0301}", count: 100_000)
        #expect(text.count == 1)
        let failure = try #require(error(text))
        #expect(failure.kind == .tooLong(limit: MathExpression.maximumLength))
        #expect(failure.description.unicodeScalars.count < 400, "\(failure.description.unicodeScalars.count) scalars")
        #expect(failure.message.contains("100001 Unicode scalars"))
    }

    @Test func bytesAreLimitedToo() throws {
        // 1,500 scalars (under the scalar limit) of 4 bytes each: 6,000 bytes.
        let wide = String(repeating: "𝑥", count: 1_500)
        #expect(error(wide)?.kind == .tooLong(limit: MathExpression.maximumLength))
        // At the limits: accepted by the length check (and parsed).
        let longest = "x" + String(repeating: "+x", count: (MathExpression.maximumLength - 1) / 2)
        #expect(error(longest) == nil)
        #expect(error(longest + "+x")?.kind == .tooLong(limit: MathExpression.maximumLength))
    }

    @Test func hundredThousandParenthesesOrMinusSignsAreRefused() throws {
        for text in [
            String(repeating: "(", count: 100_000) + "x" + String(repeating: ")", count: 100_000),
            String(repeating: "-", count: 100_000) + "x", String(repeating: "sin(", count: 100_000),
        ] {
            let failure = try #require(error(text))
            #expect(failure.description.unicodeScalars.count < 400)
        }
        // Within the length limit the nesting limit answers, before the stack could run out.
        let deep = String(repeating: "(", count: 900) + "x" + String(repeating: ")", count: 900)
        #expect(error(deep)?.kind == .tooDeeplyNested(limit: MathExpression.maximumNesting))
        let minuses = String(repeating: "-", count: 1_500) + "x"
        #expect(error(minuses)?.kind == .tooDeeplyNested(limit: MathExpression.maximumNesting))
    }

    /// A long expression with an error far from its start: the echo is a window of at most 80 scalars with
    /// "…" at the cuts, and the caret points at the offending character.
    @Test func echoIsAWindowWithTheCaretOnTheOffendingCharacter() throws {
        let text = String(repeating: "x+", count: 600) + "$" + String(repeating: "+x", count: 300)
        let failure = try #require(error(text))
        #expect(failure.kind == .unexpectedCharacter("$") && failure.column == 1201)
        let lines = failure.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 3)
        let shown = Array(lines[1].dropFirst(2)), caret = Array(lines[2].dropFirst(2))
        #expect(shown.first == "…" && shown.last == "…")
        #expect(shown.count <= ExpressionEcho.shownScalars + 2)
        #expect(caret.last == "^" && shown[caret.count - 1] == "$")
    }

    @Test func shortExpressionsAreEchoedWhole() throws {
        let failure = try #require(error("x + y"))
        #expect(failure.description.hasSuffix("\n  x + y\n      ^"))
        let atEnd = try #require(error("x +"))
        #expect(atEnd.description.hasSuffix("\n  x +\n     ^"))
    }

    @Test func quotedPiecesAreCut() throws {
        let name = String(repeating: "y", count: 1_000)
        let failure = try #require(error(name))
        #expect(failure.message.unicodeScalars.count < 300)
        #expect(failure.message.contains(String(repeating: "y", count: ExpressionEcho.quotedScalars) + "…'"))
    }
}
