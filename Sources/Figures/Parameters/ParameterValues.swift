import Core

/// The parameters of one figure, parsed and validated: the user's values where given, the declared defaults
/// elsewhere.
public struct ParameterValues: Sendable {
    /// The figure's id (for messages).
    public let figureID: String
    private let values: [ParameterName: ParameterValue]
    /// The parameters the user gave explicitly.
    public let given: Set<ParameterName>

    /// Validates `given` (option name → text as typed) against the figure's declared parameters and fills in the
    /// defaults. Throws a `ParameterError` for a parameter the figure does not have or a value not allowed.
    public init(for figure: any FigureDefinition.Type, given: [ParameterName: String]) throws(ParameterError) {
        try self.init(for: figure, declared: figure.parameters, given: given)
    }

    /// Validates `given` against `declared` (a figure's parameters, or those of its animation) and fills in
    /// the defaults.
    public init(
        for figure: any FigureDefinition.Type, declared: [ParameterSpec], given: [ParameterName: String]
    ) throws(ParameterError) {
        for name in given.keys.sorted() where !declared.contains(where: { $0.name == name }) {
            throw .unknown(name.rawValue, figure: figure.id, available: declared.map(\.name))
        }
        var values: [ParameterName: ParameterValue] = [:]
        for spec in declared {
            values[spec.name] = try ParameterValue(
                parsing: given[spec.name] ?? spec.defaultText, as: spec.kind, for: spec.name)
        }
        self.figureID = figure.id
        self.values = values
        self.given = Set(given.keys)
    }

    /// The figure's defaults.
    public static func defaults(for figure: any FigureDefinition.Type) throws(ParameterError) -> ParameterValues {
        try ParameterValues(for: figure, given: [:])
    }

    private func value(_ name: ParameterName) -> ParameterValue {
        guard let value = values[name] else {
            preconditionFailure("figure \(figureID) reads parameter \(name.flag), which it does not declare")
        }
        return value
    }

    /// A `.number` parameter.
    public func number(_ name: ParameterName) -> Double {
        switch value(name) {
        case .number(let v): return v
        case .numbers(let list) where list.count == 1: return list[0]
        default: preconditionFailure("\(figureID): \(name.flag) is not a number parameter")
        }
    }

    /// A `.numbers` parameter (a `.number` parameter as one value).
    public func numbers(_ name: ParameterName) -> [Double] {
        switch value(name) {
        case .numbers(let list): return list
        case .number(let v): return [v]
        default: preconditionFailure("\(figureID): \(name.flag) is not a list parameter")
        }
    }

    /// An `.integer` parameter.
    public func integer(_ name: ParameterName) -> Int {
        guard case .integer(let v) = value(name) else {
            preconditionFailure("\(figureID): \(name.flag) is not an integer parameter")
        }
        return v
    }

    /// An `.interval` parameter.
    public func interval(_ name: ParameterName) -> (lo: Double, hi: Double) {
        guard case .interval(let lo, let hi) = value(name) else {
            preconditionFailure("\(figureID): \(name.flag) is not an interval parameter")
        }
        return (lo, hi)
    }

    /// An `.expression` parameter.
    public func expression(_ name: ParameterName) -> MathExpression {
        guard case .expression(let e) = value(name) else {
            preconditionFailure("\(figureID): \(name.flag) is not an expression parameter")
        }
        return e
    }

    /// A `.file` parameter: the path given, or nil for the figure's own file.
    public func file(_ name: ParameterName) -> String? {
        guard case .file(let path) = value(name) else {
            preconditionFailure("\(figureID): \(name.flag) is not a file parameter")
        }
        return path
    }

    /// A `.matrixIndex` parameter.
    public func matrixIndex(_ name: ParameterName) -> (row: Int, column: Int) {
        guard case .matrixIndex(let r, let c) = value(name) else {
            preconditionFailure("\(figureID): \(name.flag) is not a matrix-index parameter")
        }
        return (r, c)
    }

    /// A `.choice` parameter: the word given.
    public func choice(_ name: ParameterName) -> String {
        guard case .choice(let word) = value(name) else {
            preconditionFailure("\(figureID): \(name.flag) is not a choice parameter")
        }
        return word
    }
}
