/// Splits a user expression into tokens: numbers (`2`, `.5`, `1e-3`), names, `+ - * / ^` (`**` and the Unicode
/// minus `−` are accepted too), parentheses.
struct ExpressionLexer {
    let source: String

    /// All tokens, ending with `.end`, or the first lexical error.
    func tokens() throws(ExpressionParseError) -> [ExpressionToken] {
        let chars = Array(source)
        var result: [ExpressionToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c.isWhitespace {
                i += 1
                continue
            }
            if c.isASCII && (c.isNumber || c == ".") {
                let start = i
                i = Self.scanNumber(chars, from: i)
                let text = String(chars[start..<i])
                guard let value = Double(text), value.isFinite else {
                    throw ExpressionParseError(.malformedNumber(text), in: source, column: column)
                }
                result.append(ExpressionToken(kind: .number(value), column: column))
                continue
            }
            if c.isASCII && (c.isLetter || c == "_") {
                let start = i
                while i < chars.count, chars[i].isASCII, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" {
                    i += 1
                }
                result.append(ExpressionToken(kind: .name(String(chars[start..<i])), column: column))
                continue
            }
            let kind: ExpressionToken.Kind
            switch c {
            case "+": kind = .plus
            case "-", "−": kind = .minus
            case "*", "×", "·":
                if c == "*", i + 1 < chars.count, chars[i + 1] == "*" {
                    i += 1
                    kind = .power
                } else {
                    kind = .times
                }
            case "/": kind = .divide
            case "^": kind = .power
            case "(": kind = .openParenthesis
            case ")": kind = .closeParenthesis
            default: throw ExpressionParseError(.unexpectedCharacter(c), in: source, column: column)
            }
            result.append(ExpressionToken(kind: kind, column: column))
            i += 1
        }
        result.append(ExpressionToken(kind: .end, column: chars.count + 1))
        return result
    }

    /// The index just past a number starting at `start`: digits and dots, then an optional exponent
    /// (`e`, optional sign, digits). Letters, digits and dots glued to it are swallowed too, so that `1e`,
    /// `1.2.3` or `2x` are reported as one malformed number rather than as confusing separate tokens.
    private static func scanNumber(_ chars: [Character], from start: Int) -> Int {
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        var i = start
        while isDigit(i) || (i < chars.count && chars[i] == ".") { i += 1 }
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            let sign = i + 1 < chars.count && (chars[i + 1] == "+" || chars[i + 1] == "-") ? 1 : 0
            if isDigit(i + 1 + sign) {
                i += 1 + sign
                while isDigit(i) { i += 1 }
            }
        }
        while i < chars.count, chars[i].isASCII,
            chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "."
        {
            i += 1
        }
        return i
    }
}
