/// Recursive-descent parser for user expressions.
///
/// Grammar (precedence low to high; `^` is right-associative and binds tighter than unary minus, so
/// `-x^2` is `-(x^2)` and `2^-1` is `2^(-1)`, as in mathematics):
///
///     sum     := product (('+' | '-') product)*
///     product := unary (('*' | '/') unary)*
///     unary   := ('-' | '+') unary | power
///     power   := primary ('^' unary)?
///     primary := number | constant | variable | function '(' sum ')' | '(' sum ')'
struct ExpressionParser {
    let source: String
    let variables: ExpressionVariables
    private let tokens: [ExpressionToken]
    private var position = 0
    private var depth = 0

    init(source: String, variables: ExpressionVariables) throws(ExpressionParseError) {
        self.source = source
        self.variables = variables
        self.tokens = try ExpressionLexer(source: source).tokens()
    }

    /// Parses the whole expression.
    mutating func parse() throws(ExpressionParseError) -> ExpressionNode {
        if tokens.count == 1 { throw error(.empty, at: 1) }
        let node = try parseSum()
        switch current.kind {
        case .end: return node
        case .closeParenthesis: throw error(.unmatchedClosingParenthesis, at: current.column)
        default: throw error(.expectedOperator(found: current.quoted), at: current.column)
        }
    }

    private var current: ExpressionToken { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private func error(_ kind: ExpressionParseError.Kind, at column: Int) -> ExpressionParseError {
        ExpressionParseError(kind, in: source, column: column)
    }

    private mutating func parseSum() throws(ExpressionParseError) -> ExpressionNode {
        try parseLeftAssociative([.plus: .add, .minus: .subtract]) { parser throws(ExpressionParseError) in
            try parser.parseProduct()
        }
    }

    private mutating func parseProduct() throws(ExpressionParseError) -> ExpressionNode {
        try parseLeftAssociative([.times: .multiply, .divide: .divide]) { parser throws(ExpressionParseError) in
            try parser.parseUnary()
        }
    }

    /// `operand (op operand)*` for the given operators, grouping to the left.
    private mutating func parseLeftAssociative(
        _ operators: [ExpressionToken.Kind: ExpressionOperator],
        operand: (inout ExpressionParser) throws(ExpressionParseError) -> ExpressionNode
    ) throws(ExpressionParseError) -> ExpressionNode {
        var node = try operand(&self)
        while let op = operators[current.kind] {
            advance()
            node = .binary(op, node, try operand(&self))
        }
        return node
    }

    private mutating func parseUnary() throws(ExpressionParseError) -> ExpressionNode {
        try descend()
        defer { depth -= 1 }
        switch current.kind {
        case .minus:
            advance()
            return .negate(try parseUnary())
        case .plus:
            advance()
            return try parseUnary()
        default:
            return try parsePower()
        }
    }

    private mutating func parsePower() throws(ExpressionParseError) -> ExpressionNode {
        let base = try parsePrimary()
        guard current.kind == .power else { return base }
        advance()
        return .binary(.power, base, try parseUnary())
    }

    private mutating func parsePrimary() throws(ExpressionParseError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value)
        case .openParenthesis:
            advance()
            return try parseParenthesised(openedAt: token.column)
        case .name(let name):
            advance()
            return try resolve(name, at: token.column)
        case .closeParenthesis where !hasOpenParenthesisBefore:
            throw error(.unmatchedClosingParenthesis, at: token.column)
        default:
            throw error(.expectedOperand(found: token.quoted), at: token.column)
        }
    }

    /// Whether an unclosed `(` precedes the current token (to tell `x + )` from `(x + )`).
    private var hasOpenParenthesisBefore: Bool {
        var balance = 0
        for token in tokens[..<position] {
            if token.kind == .openParenthesis { balance += 1 }
            if token.kind == .closeParenthesis { balance -= 1 }
        }
        return balance > 0
    }

    private mutating func parseParenthesised(openedAt column: Int) throws(ExpressionParseError) -> ExpressionNode {
        let inner = try parseSum()
        switch current.kind {
        case .closeParenthesis:
            advance()
            return inner
        case .end:
            throw error(.unclosedParenthesis, at: column)
        default:
            throw error(.expectedOperator(found: current.quoted), at: current.column)
        }
    }

    private mutating func resolve(_ name: String, at column: Int) throws(ExpressionParseError) -> ExpressionNode {
        if let slot = variables.names.firstIndex(of: name) { return .variable(slot: slot) }
        if let function = ExpressionFunction(rawValue: name) {
            let open = current
            guard open.kind == .openParenthesis else { throw error(.functionNeedsParentheses(name), at: column) }
            advance()
            return .call(function, try parseParenthesised(openedAt: open.column))
        }
        switch name {
        case "pi": return .number(Double.pi)
        case "e": return .number(2.718281828459045)
        default: break
        }
        if ExpressionVariables.allCases.contains(where: { $0.names.contains(name) }) {
            throw error(.wrongVariable(name, allowed: variables.names), at: column)
        }
        throw error(.unknownName(name, allowed: variables.allowedNames), at: column)
    }

    private mutating func descend() throws(ExpressionParseError) {
        depth += 1
        if depth > MathExpression.maximumNesting {
            throw error(.tooDeeplyNested(limit: MathExpression.maximumNesting), at: current.column)
        }
    }
}
