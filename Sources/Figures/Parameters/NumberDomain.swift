/// The finite numbers a parameter accepts: optionally bounded below and above, each bound inclusive or not.
public struct NumberDomain: Sendable, Hashable {
    /// The lower bound and whether it is allowed itself.
    public let lower: (value: Double, inclusive: Bool)?
    /// The upper bound and whether it is allowed itself.
    public let upper: (value: Double, inclusive: Bool)?

    /// A domain with the given bounds (nil: unbounded on that side).
    public init(lower: (value: Double, inclusive: Bool)? = nil, upper: (value: Double, inclusive: Bool)? = nil) {
        self.lower = lower
        self.upper = upper
    }

    /// Every finite number.
    public static let finite = NumberDomain()
    /// Numbers a plot can hold: from -1e100 to 1e100 (ranges, points), so that differences and margins stay finite.
    public static let plottable = NumberDomain.closed(-1e100, 1e100)
    /// Finite numbers above 0 (learning rates, steps, h).
    public static let positive = NumberDomain(lower: (0, false))
    /// Numbers from `lo` to `hi`, both included.
    public static func closed(_ lo: Double, _ hi: Double) -> NumberDomain {
        NumberDomain(lower: (lo, true), upper: (hi, true))
    }
    /// Numbers above `lo` up to and including `hi`.
    public static func leftOpen(_ lo: Double, _ hi: Double) -> NumberDomain {
        NumberDomain(lower: (lo, false), upper: (hi, true))
    }

    /// Whether `value` is finite and within the bounds.
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if let lower, lower.inclusive ? value < lower.value : value <= lower.value { return false }
        if let upper, upper.inclusive ? value > upper.value : value >= upper.value { return false }
        return true
    }

    /// "a finite number above 0", "a number from -2 to 2", …
    public var description: String {
        switch (lower, upper) {
        case (nil, nil): return "a finite number"
        case (let l?, nil): return "a finite number \(l.inclusive ? "at least" : "above") \(format(l.value))"
        case (nil, let u?): return "a finite number \(u.inclusive ? "at most" : "below") \(format(u.value))"
        case (let l?, let u?) where l.inclusive && u.inclusive:
            return "a number from \(format(l.value)) to \(format(u.value))"
        case (let l?, let u?):
            return
                "a number \(l.inclusive ? "at least" : "above") \(format(l.value)) and \(u.inclusive ? "at most" : "below") \(format(u.value))"
        }
    }

    public static func == (a: NumberDomain, b: NumberDomain) -> Bool { a.description == b.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

/// A number as a reader writes it: `2` not `2.0`, `0.1`, `1e-10`.
func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
