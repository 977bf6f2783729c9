/// One lexical unit of a user expression, with its 1-based column.
struct ExpressionToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case number(Double)
        case name(String)
        case plus, minus, times, divide, power
        case openParenthesis, closeParenthesis
        case end
    }
    let kind: Kind
    let column: Int

    /// How the token reads in an error message: "'x'", "'*'", "the end of the expression".
    var quoted: String {
        switch kind {
        case .number(let value): return "the number \(value.formatted)"
        case .name(let name): return "'\(name)'"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .times: return "'*'"
        case .divide: return "'/'"
        case .power: return "'^'"
        case .openParenthesis: return "'('"
        case .closeParenthesis: return "')'"
        case .end: return "the end of the expression"
        }
    }
}

private extension Double {
    /// Integers without a trailing ".0".
    var formatted: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
