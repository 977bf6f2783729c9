/// How data values map to positions along an axis.
public enum Scale: Hashable, Sendable {
    /// Evenly spaced values.
    case linear
    /// Base-10 logarithmic: decades evenly spaced; values ≤ 0 cannot be shown (they become gaps).
    case log
}
