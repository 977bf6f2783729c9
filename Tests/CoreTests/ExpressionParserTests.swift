import Core
import Foundation
import Testing

@Suite("User expressions")
struct ExpressionParserTests {
    private func one(_ s: String) throws -> MathExpression {
        try MathExpression(parsing: s, variables: .oneDimensional)
    }
    private func two(_ s: String) throws -> MathExpression {
        try MathExpression(parsing: s, variables: .twoDimensional)
    }

    private func parseError(_ s: String, _ variables: ExpressionVariables = .oneDimensional) -> ExpressionParseError? {
        do {
            _ = try MathExpression(parsing: s, variables: variables)
            return nil
        } catch {
            return error
        }
    }

    @Test func bookFunctions() throws {
        let f1 = try one("0.01*x^2 + 0.1*x")
        #expect(f1(5) == 0.01 * 5 * 5 + 0.1 * 5)
        let f2 = try two("x0^2 + x1^2")
        #expect(f2(3, 4) == 25)
        #expect(f2([3, 4]) == 25)
        let python = try two("x0**2 + x1**2")
        #expect(python(-3, 4) == 25)
    }

    @Test func precedenceAndAssociativity() throws {
        #expect(try one("-x^2")(3) == -9)
        #expect(try one("2^3^2")(0) == 512)
        #expect(try one("2^-1")(0) == 0.5)
        #expect(try one("1 - 2 - 3")(0) == -4)
        #expect(try one("8 / 4 / 2")(0) == 1)
        #expect(try one("2 + 3 * 4")(0) == 14)
        #expect(try one("(2 + 3) * 4")(0) == 20)
        #expect(try one("--x")(5) == 5)
        #expect(try one("+x")(5) == 5)
        #expect(try one("x^0.5")(9) == 3)
        #expect(try one("x−1")(3) == 2, "Unicode minus")
    }

    @Test func numbersConstantsFunctions() throws {
        #expect(try one("1e-3")(0) == 0.001)
        #expect(try one("2.5E2")(0) == 250)
        #expect(try one(".5")(0) == 0.5)
        #expect(try one("pi")(0) == Double.pi)
        #expect(try one("e")(0) == M_E)
        #expect(try one("exp(1)")(0) == M_E)
        #expect(try one("log(e)")(0) == 1)
        #expect(abs(try one("sin(pi/2) + cos(0) + tan(0)")(0) - 2) < 1e-15)
        #expect(try one("sqrt(abs(-16))")(0) == 4)
        #expect(try one("tanh(0)")(0) == 0)
        #expect(try one("1/(1+exp(-x))")(0) == 0.5)
    }

    @Test func nonFiniteResultsAreValuesNotErrors() throws {
        #expect(try one("log(x)")(-1).isNaN)
        #expect(try one("1/x")(0) == .infinity)
    }

    @Test func unknownNameShowsColumnAndCaret() throws {
        let error = try #require(parseError("x + y"))
        #expect(error.column == 5)
        #expect(error.message.hasPrefix("unknown name 'y' at column 5"))
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[1] == "  x + y")
        #expect(lines[2] == "      ^")
    }

    @Test func unbalancedParentheses() throws {
        let open = try #require(parseError("sin(x + (1"))
        #expect(open.kind == .unclosedParenthesis)
        #expect(open.column == 9)
        let close = try #require(parseError("x + 1)"))
        #expect(close.kind == .unmatchedClosingParenthesis)
        #expect(close.column == 6)
        let empty = try #require(parseError("x + )"))
        #expect(empty.kind == .unmatchedClosingParenthesis)
        let inner = try #require(parseError("(x + )"))
        #expect(inner.kind == .expectedOperand(found: "')'"))
        #expect(inner.column == 6)
    }

    @Test func variablesMustMatchTheDimension() throws {
        let inOneD = try #require(parseError("x0^2"))
        #expect(inOneD.kind == .wrongVariable("x0", allowed: ["x"]))
        #expect(inOneD.column == 1)
        let inTwoD = try #require(parseError("x0 + x", .twoDimensional))
        #expect(inTwoD.kind == .wrongVariable("x", allowed: ["x0", "x1"]))
        #expect(inTwoD.column == 6)
    }

    @Test func otherErrors() throws {
        #expect(parseError("")?.kind == .empty)
        #expect(parseError("   ")?.kind == .empty)
        #expect(parseError("x + ")?.kind == .expectedOperand(found: "the end of the expression"))
        #expect(parseError("x * * 2")?.column == 5)
        #expect(parseError("2 x")?.kind == .expectedOperator(found: "'x'"))
        #expect(parseError("2x")?.kind == .malformedNumber("2x"))
        #expect(parseError("1e")?.kind == .malformedNumber("1e"))
        #expect(parseError("1.2.3")?.kind == .malformedNumber("1.2.3"))
        #expect(parseError("1e999")?.kind == .malformedNumber("1e999"))
        #expect(parseError("sin x")?.kind == .functionNeedsParentheses("sin"))
        #expect(parseError("x $ 2")?.kind == .unexpectedCharacter("$"))
        #expect(parseError("x $ 2")?.column == 3)
        #expect(
            parseError("foo(x)")?.kind == .unknownName("foo", allowed: ExpressionVariables.oneDimensional.allowedNames))
    }

    @Test func pathologicalInputIsRejectedNotCrashed() throws {
        let deep = String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
        #expect(parseError(deep) != nil)
        let minuses = String(repeating: "-", count: 5_000) + "x"
        #expect(parseError(minuses) != nil)
        let nested = String(repeating: "(", count: 50) + "x" + String(repeating: ")", count: 50)
        #expect(try one(nested)(2) == 2)
    }
}
