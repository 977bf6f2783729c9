import Foundation

/// Numbers as figure labels show them.
enum NumberText {
    /// Fixed decimals: `fixed(0.5108, 2)` → "0.51".
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// A few significant digits, switching to e-notation for very large or small values: "0.0177", "-2.6e+13".
    static func short(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "\(value)" }
        return String(format: "%.\(digits)g", value)
    }

    /// Four decimals ("-0.9830"), or four in e-notation from 100,000 on ("-2.5898e+13"): a number that keeps
    /// its width as it changes, for text redrawn frame after frame.
    static func steady(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        return String(format: abs(value) < 1e5 ? "%.4f" : "%.4e", value)
    }

    /// A point "(x0, x1)" with `short` coordinates.
    static func point(_ p: [Double], digits: Int = 3) -> String {
        "(" + p.map { short($0, digits: digits) }.joined(separator: ", ") + ")"
    }

    /// A whole number with thousands separators: 60000 → "60,000", -4500 → "-4,500".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
