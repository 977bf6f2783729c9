/// A parameter outside its allowed range: a NaN, infinite, zero or negative step size, learning rate, count…
///
/// `description` is one line naming the parameter, the bad value and what is allowed, e.g.
/// `invalid learning rate -0.1: allowed a finite number > 0`.
public struct InvalidArgument: Error, Equatable, Sendable, CustomStringConvertible {
    /// The parameter's name as a user reads it ("learning rate", "step count").
    public let name: String
    /// The rejected value as text.
    public let value: String
    /// What is allowed, as a phrase ("a finite number > 0").
    public let allowed: String

    /// Creates the error.
    public init(name: String, value: String, allowed: String) {
        self.name = name
        self.value = value
        self.allowed = allowed
    }

    /// `invalid <name> <value>: allowed <allowed>`.
    public var description: String { "invalid \(name) \(value): allowed \(allowed)" }
}

extension InvalidArgument {
    /// Returns `value` if it is finite and strictly positive; throws otherwise.
    static func requirePositiveFinite(_ value: Double, name: String) throws -> Double {
        guard value.isFinite, value > 0 else {
            throw InvalidArgument(name: name, value: "\(value)", allowed: "a finite number > 0")
        }
        return value
    }

    /// Returns `value` if it is finite and ≥ 0; throws otherwise.
    static func requireNonNegativeFinite(_ value: Double, name: String) throws -> Double {
        guard value.isFinite, value >= 0 else {
            throw InvalidArgument(name: name, value: "\(value)", allowed: "a finite number ≥ 0")
        }
        return value
    }

    /// Returns `value` if it is finite; throws otherwise.
    static func requireFinite(_ value: Double, name: String) throws -> Double {
        guard value.isFinite else {
            throw InvalidArgument(name: name, value: "\(value)", allowed: "a finite number")
        }
        return value
    }

    /// Returns `value` if it lies in `range`; throws otherwise.
    static func requireCount(_ value: Int, in range: ClosedRange<Int>, name: String) throws -> Int {
        guard range.contains(value) else {
            throw InvalidArgument(
                name: name, value: "\(value)",
                allowed: "an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// Returns `index` if it is a valid index into a collection of `count` elements; throws otherwise.
    static func requireIndex(_ index: Int, count: Int, name: String) throws -> Int {
        guard index >= 0, index < count else {
            throw InvalidArgument(
                name: name, value: "\(index)",
                allowed: count > 0 ? "an integer from 0 to \(count - 1)" : "none (the collection is empty)")
        }
        return index
    }

    /// Throws unless two lengths agree.
    static func requireSameCount(_ count: Int, as expected: Int, name: String) throws {
        guard count == expected else {
            throw InvalidArgument(name: name, value: "\(count)", allowed: "exactly \(expected) to match")
        }
    }
}
