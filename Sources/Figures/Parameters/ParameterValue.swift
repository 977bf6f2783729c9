import Core

/// A parsed, validated parameter value.
public enum ParameterValue: Sendable {
    case expression(MathExpression)
    case number(Double)
    case numbers([Double])
    case integer(Int)
    case interval(lo: Double, hi: Double)
    case matrixIndex(row: Int, column: Int)
    /// A file path as given; nil for an empty text (the figure's own file).
    case file(String?)
    /// One of a `.choice` parameter's words.
    case choice(String)

    /// Parses `text` as `kind` for the option `name`; throws a one-line `ParameterError` naming the value.
    public init(parsing text: String, as kind: ParameterKind, for name: ParameterName) throws(ParameterError) {
        let trimmed = text.trimmingSpaces
        switch kind {
        case .expression(let variables):
            do {
                self = .expression(try MathExpression(parsing: text, variables: variables))
            } catch {
                throw .expression(name, error)
            }
        case .number(let domain):
            guard let value = Double(trimmed), domain.contains(value) else { throw .notAllowed(name, text, kind) }
            self = .number(value)
        case .numbers(let domain, let count):
            let values = try Self.numberList(trimmed, name: name, kind: kind)
            guard count.contains(values.count) else {
                throw .notAllowed(name, text, kind, detail: "got \(values.count) value\(values.count == 1 ? "" : "s")")
            }
            guard values.allSatisfy(domain.contains) else { throw .notAllowed(name, text, kind) }
            self = .numbers(values)
        case .integer(let range):
            guard let value = Int(trimmed), range.contains(value) else { throw .notAllowed(name, text, kind) }
            self = .integer(value)
        case .interval(let domain):
            let values = try Self.numberList(trimmed, name: name, kind: kind)
            guard values.count == 2 else {
                throw .notAllowed(name, text, kind, detail: "got \(values.count) value\(values.count == 1 ? "" : "s")")
            }
            guard values.allSatisfy(domain.contains), values[0] < values[1] else { throw .notAllowed(name, text, kind) }
            self = .interval(lo: values[0], hi: values[1])
        case .matrixIndex(let rows, let columns):
            let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingSpaces) }
            guard parts.count == 2, let row = parts[0], let column = parts[1],
                (0..<rows).contains(row), (0..<columns).contains(column)
            else { throw .notAllowed(name, text, kind) }
            self = .matrixIndex(row: row, column: column)
        case .file:
            self = .file(trimmed.isEmpty ? nil : text)
        case .choice(let words):
            guard words.contains(trimmed) else { throw .notAllowed(name, text, kind) }
            self = .choice(trimmed)
        }
    }

    /// Comma-separated numbers; any piece that is not a number makes the whole text invalid.
    private static func numberList(
        _ text: String, name: ParameterName, kind: ParameterKind
    ) throws(ParameterError) -> [Double] {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        var values: [Double] = []
        for piece in pieces {
            guard let value = Double(piece.trimmingSpaces) else {
                throw .notAllowed(name, text, kind, detail: "'\(EchoedText.shortened(String(piece)))' is not a number")
            }
            values.append(value)
        }
        return values
    }
}
