import Foundation

/// The syntax tree of a parsed user expression.
indirect enum ExpressionNode: Hashable, Sendable {
    case number(Double)
    /// A variable by slot: 0 is `x` (1-D) or `x0` (2-D), 1 is `x1`.
    case variable(slot: Int)
    case negate(ExpressionNode)
    case binary(ExpressionOperator, ExpressionNode, ExpressionNode)
    case call(ExpressionFunction, ExpressionNode)

    /// The tree as a closure of two variable slots, with constant subtrees folded to numbers.
    func compiled() -> @Sendable (Double, Double) -> Double {
        if let value = constantValue { return { _, _ in value } }
        switch self {
        case .number(let value):
            return { _, _ in value }
        case .variable(let slot):
            if slot == 0 { return { a, _ in a } }
            return { _, b in b }
        case .negate(let operand):
            let f = operand.compiled()
            return { a, b in -f(a, b) }
        case .binary(let op, let left, let right):
            return op.compiled(left.compiled(), right.compiled(), rightConstant: right.constantValue)
        case .call(let function, let argument):
            let g = function.implementation
            let f = argument.compiled()
            return { a, b in g(f(a, b)) }
        }
    }

    /// The value of a subtree without variables, or nil.
    var constantValue: Double? {
        switch self {
        case .number(let value): return value
        case .variable: return nil
        case .negate(let operand): return operand.constantValue.map { -$0 }
        case .binary(let op, let left, let right):
            guard let l = left.constantValue, let r = right.constantValue else { return nil }
            return op.apply(l, r)
        case .call(let function, let argument): return argument.constantValue.map(function.implementation)
        }
    }
}

/// A binary operator of the expression grammar.
enum ExpressionOperator: Hashable, Sendable {
    case add, subtract, multiply, divide, power

    func apply(_ l: Double, _ r: Double) -> Double {
        switch self {
        case .add: return l + r
        case .subtract: return l - r
        case .multiply: return l * r
        case .divide: return l / r
        case .power: return Foundation.pow(l, r)
        }
    }

    /// A closure for `left op right`; small integer powers become multiplications (exact and fast, as numpy's
    /// `x**2` is).
    func compiled(
        _ l: @escaping @Sendable (Double, Double) -> Double, _ r: @escaping @Sendable (Double, Double) -> Double,
        rightConstant: Double?
    ) -> @Sendable (Double, Double) -> Double {
        switch self {
        case .add: return { a, b in l(a, b) + r(a, b) }
        case .subtract: return { a, b in l(a, b) - r(a, b) }
        case .multiply: return { a, b in l(a, b) * r(a, b) }
        case .divide: return { a, b in l(a, b) / r(a, b) }
        case .power:
            switch rightConstant {
            case 1: return l
            case 2:
                return { a, b in
                    let v = l(a, b)
                    return v * v
                }
            case 3:
                return { a, b in
                    let v = l(a, b)
                    return v * v * v
                }
            default: return { a, b in Foundation.pow(l(a, b), r(a, b)) }
            }
        }
    }
}

/// A function callable from a user expression.
enum ExpressionFunction: String, CaseIterable, Hashable, Sendable {
    case exp, log, sin, cos, tan, sqrt, abs, tanh

    var implementation: @Sendable (Double) -> Double {
        switch self {
        case .exp: return { Foundation.exp($0) }
        case .log: return { Foundation.log($0) }
        case .sin: return { Foundation.sin($0) }
        case .cos: return { Foundation.cos($0) }
        case .tan: return { Foundation.tan($0) }
        case .sqrt: return { $0.squareRoot() }
        case .abs: return { Swift.abs($0) }
        case .tanh: return { Foundation.tanh($0) }
        }
    }
}
