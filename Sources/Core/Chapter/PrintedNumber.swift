/// A value dlplot computes for one of the chapter's printed examples.
package enum ComputedValue: Equatable, Sendable {
    /// An integer, such as an argmax.
    case integer(Int)
    /// One number.
    case scalar(Double)
    /// A 1-D array.
    case vector([Double])
    /// A 2-D array, row by row.
    case matrix([[Double]])

    /// All numbers in reading order.
    package var flattened: [Double] {
        switch self {
        case let .integer(value): return [Double(value)]
        case let .scalar(value): return [value]
        case let .vector(values): return values
        case let .matrix(rows): return rows.flatMap { $0 }
        }
    }

    /// Full float64 digits (the shortest text that reads back to the same `Double`), arrays in brackets:
    /// `0.09750000000000003`, `[-6.111107928998789e-10, 8.148143905314271e-10]`.
    package var text: String {
        func list(_ values: [Double]) -> String { "[" + values.map { "\($0)" }.joined(separator: ", ") + "]" }
        switch self {
        case let .integer(value): return "\(value)"
        case let .scalar(value): return "\(value)"
        case let .vector(values): return list(values)
        case let .matrix(rows): return "[" + rows.map(list).joined(separator: ", ") + "]"
        }
    }
}

/// How closely a computed value must match the book's printed text.
package enum PrintedPrecision: Equatable, Sendable {
    /// The book prints a full float64 value (Python's `repr`); the computed `Double` must be identical.
    case exact
    /// The book prints a numpy array with numpy's default 8 digits after the point (of the mantissa in
    /// e-notation); the computed value must round to the printed one: |computed − printed| ≤ 0.5e-8 × 10^exponent.
    case numpyDefault
    /// |computed − printed| ≤ the tolerance (used where the book's inputs are themselves rounded).
    case absolute(Double)

    /// A short phrase for reports: "exact", "numpy's 8 printed digits", "within 2e-07".
    package var summary: String {
        switch self {
        case .exact: return "exact float64"
        case .numpyDefault: return "numpy's 8 printed digits"
        case let .absolute(tolerance): return "within \(tolerance)"
        }
    }

    /// Whether `computed` agrees with the printed `token` (a number as the book prints it).
    func accepts(_ computed: Double, printed token: String) -> Bool {
        guard let printed = PrintedText.value(of: token) else { return false }
        switch self {
        case .exact:
            return computed == printed
        case .numpyDefault:
            let exponent = PrintedText.decimalExponent(of: token)
            let halfUnit = 0.5e-8 * pow10(exponent)
            return abs(computed - printed) <= halfUnit * (1 + 1e-9)
        case let .absolute(tolerance):
            return abs(computed - printed) <= tolerance
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}

/// Reads numbers out of the book's printed text (`[ 6., 8.]`, `-2.58983747e+13`).
enum PrintedText {
    /// The numeric tokens of `text`, in order.
    static func tokens(in text: String) -> [String] {
        let numberCharacters = Set("0123456789.eE+-")
        var tokens: [String] = []
        var current = ""
        for character in text + " " {
            if numberCharacters.contains(character) {
                current.append(character)
            } else {
                if current.contains(where: \.isNumber) { tokens.append(current) }
                current = ""
            }
        }
        return tokens
    }

    /// The value of a token; numpy's `6.` reads as 6.
    static func value(of token: String) -> Double? {
        Double(token.hasSuffix(".") ? token + "0" : token)
    }

    /// The exponent after `e`, or 0 in fixed notation.
    static func decimalExponent(of token: String) -> Int {
        guard let e = token.lowercased().firstIndex(of: "e") else { return 0 }
        return Int(token[token.index(after: e)...]) ?? 0
    }
}

/// One number the chapter prints, with the inputs that produce it and dlplot's own computation of it.
package struct PrintedNumber: Identifiable, Sendable {
    /// A stable id, such as `sse-correct`.
    package let id: String
    /// The book's section, such as `4.2.1`.
    package let section: String
    /// What is computed, with its inputs.
    package let description: String
    /// The result exactly as the book prints it.
    package let printed: String
    /// How closely dlplot's value must match.
    package let precision: PrintedPrecision
    /// Why the precision is what it is, where that needs saying.
    package let note: String?
    private let compute: @Sendable () throws -> ComputedValue

    /// Creates an entry; `compute` runs dlplot's implementation.
    package init(
        id: String, section: String, description: String, printed: String, precision: PrintedPrecision,
        note: String? = nil, compute: @escaping @Sendable () throws -> ComputedValue
    ) {
        self.id = id
        self.section = section
        self.description = description
        self.printed = printed
        self.precision = precision
        self.note = note
        self.compute = compute
    }

    /// Runs the computation and compares it with the printed text.
    package func evaluate() -> PrintedNumberCheck {
        do {
            let value = try compute()
            let tokens = PrintedText.tokens(in: printed)
            let numbers = value.flattened
            let matches =
                tokens.count == numbers.count
                && zip(numbers, tokens).allSatisfy { precision.accepts($0, printed: $1) }
            return PrintedNumberCheck(value: value, computedText: value.text, matches: matches)
        } catch {
            return PrintedNumberCheck(value: nil, computedText: "error: \(error)", matches: false)
        }
    }
}

/// The outcome of ``PrintedNumber/evaluate()``.
package struct PrintedNumberCheck: Equatable, Sendable {
    /// dlplot's value, or `nil` if the computation threw.
    package let value: ComputedValue?
    /// dlplot's value with full float64 digits (or the error message).
    package let computedText: String
    /// Whether every number agrees with the printed text at the entry's precision.
    package let matches: Bool
}
