import Plotting

/// Axis limits that stay put from frame to frame: what matplotlib's autoscale would choose for the data of the
/// whole animation (its range plus a 5 % margin), so that a growing curve does not rescale its axes.
enum FixedLimits {
    /// The limits for every finite value of `values`; nil when none is finite.
    static func of(_ values: [Double]) -> ClosedRange<Double>? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        let limits = AutoLimits.limits(dataLow: low, dataHigh: high, scale: .linear, margin: 0.05)
        return limits.lower...limits.upper
    }
}
