import Core

/// Typed option values checked while argument-parser parses them (`@Option(transform: OptionValue.integer(…))`):
/// a bad value stops parsing with one message naming the option, the value and what is allowed, which
/// `CommandRunner` prints as it is (exit 2) instead of argument-parser's "The value … is invalid for …".
package enum OptionValue {
    /// A whole number in `range`: "--iters abc is not a whole number; allowed 1...10000000".
    package static func integer<Value: FixedWidthInteger & Sendable>(
        _ option: String, in range: ClosedRange<Value>
    ) -> @Sendable (String) throws -> Value {
        { text in
            guard let value = Value(text) else {
                throw OptionValueError(
                    option, text, "is not a whole number; allowed \(range.lowerBound)...\(range.upperBound)")
            }
            guard range.contains(value) else {
                throw OptionValueError(
                    option, text, "is out of range; allowed \(range.lowerBound)...\(range.upperBound)")
            }
            return value
        }
    }

    /// A finite number above 0: "--lr nan is not allowed; it must be a finite number > 0".
    package static func positiveNumber(_ option: String) -> @Sendable (String) throws -> Double {
        { text in
            guard let value = Double(text), value.isFinite, value > 0 else {
                throw OptionValueError(option, text, "is not allowed; it must be a finite number > 0")
            }
            return value
        }
    }

    /// One of a fixed set of words: "--kernel gpu is not allowed; use one of blas, swift".
    package static func choice<Choice: RawRepresentable & CaseIterable>(
        _ option: String, _: Choice.Type = Choice.self
    ) -> @Sendable (String) throws -> Choice
    where Choice.RawValue == String {
        { text in
            guard let value = Choice(rawValue: text) else {
                throw OptionValueError(
                    option, text,
                    "is not allowed; use one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
    }

    /// A memory size in bytes: "--max-memory 3X is not allowed: expected a size such as 512M, …".
    package static func memorySize(_ option: String) -> @Sendable (String) throws -> Int {
        { text in
            guard let bytes = TrainingMemory.parseSize(text) else {
                throw OptionValueError(
                    option, text,
                    "is not allowed: expected a size such as 512M, 4G, 4GiB or 1073741824 (bytes), from 1M to 1P")
            }
            return bytes
        }
    }
}

/// A bad option value: the whole one-line message (`--seed x is not a whole number; allowed 0...N`), the value
/// cut to `EchoedText.maximumScalars`.
package struct OptionValueError: Error, CustomStringConvertible {
    package let description: String

    package init(_ option: String, _ text: String, _ reason: String) {
        let shown = EchoedText.shortened(text)
        description = "\(option) \(shown.isEmpty || shown.contains(" ") ? "'\(shown)'" : shown) \(reason)"
    }

    /// The `OptionValueError` inside one of argument-parser's errors (it wraps a transform's error in its own
    /// internal types), found by reflection a few levels deep; nil for any other error.
    package static func wrapped(in error: any Error, depth: Int = 4) -> OptionValueError? {
        if let error = error as? OptionValueError { return error }
        guard depth > 0 else { return nil }
        for child in Mirror(reflecting: error).children {
            if let found = child.value as? OptionValueError { return found }
            if let inner = child.value as? any Error, let found = wrapped(in: inner, depth: depth - 1) { return found }
            for grandchild in Mirror(reflecting: child.value).children {
                if let found = grandchild.value as? OptionValueError { return found }
                if let inner = grandchild.value as? any Error, let found = wrapped(in: inner, depth: depth - 1) {
                    return found
                }
            }
        }
        return nil
    }
}
