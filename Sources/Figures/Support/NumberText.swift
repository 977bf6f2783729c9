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

    /// A point "(x0, x1)" with `short` coordinates.
    static func point(_ p: [Double], digits: Int = 3) -> String {
        "(" + p.map { short($0, digits: digits) }.joined(separator: ", ") + ")"
    }
}
