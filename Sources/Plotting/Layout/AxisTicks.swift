/// The resolved ticks of one axis: major positions with labels, minor positions, and the offset text.
struct AxisTicks: Sendable {
    var major: [Double]
    var labels: [Label]
    var minor: [Double]
    var offsetText: String?

    /// Ticks inside `lower...upper` on `scale`: explicit positions if given, else `MaxNLocator` with
    /// `intervals` (linear) or decades (log; falls back to linear-style ticks when under two decades show).
    static func make(
        scale: Scale, lower: Double, upper: Double, intervals: Int, explicit: [Double]?,
        minorLog: Bool
    ) -> AxisTicks {
        let low = min(lower, upper), high = max(lower, upper)
        let formatter = TickFormatter()
        if let explicit {
            let inside = explicit.filter { $0.isFinite && $0 >= low && $0 <= high }.sorted()
            if scale == .log && inside.allSatisfy({ isPowerOfTen($0) }) {
                return AxisTicks(major: inside, labels: LogLocator().labels(for: inside), minor: [], offsetText: nil)
            }
            let l = formatter.labels(for: inside, view: (low, high))
            return AxisTicks(major: inside, labels: l.labels.map { Label($0) }, minor: [], offsetText: l.offsetText)
        }
        if scale == .log {
            let locator = LogLocator(maxTicks: intervals)
            let decades = locator.ticks(from: low, to: high)
            let minor = minorLog ? locator.minorTicks(from: low, to: high) : []
            if decades.count >= 2 {
                return AxisTicks(major: decades, labels: locator.labels(for: decades), minor: minor, offsetText: nil)
            }
            let linear = MaxNLocator(maxIntervals: intervals).ticks(from: low, to: high).filter { $0 > 0 }
            let l = formatter.labels(for: linear, view: (low, high))
            return AxisTicks(
                major: linear, labels: l.labels.map { Label($0) }, minor: minor.filter { !linear.contains($0) },
                offsetText: l.offsetText)
        }
        let major = MaxNLocator(maxIntervals: intervals).ticks(from: low, to: high)
        let l = formatter.labels(for: major, view: (low, high))
        return AxisTicks(major: major, labels: l.labels.map { Label($0) }, minor: [], offsetText: l.offsetText)
    }

    private static func isPowerOfTen(_ v: Double) -> Bool {
        guard v > 0 else { return false }
        let e = v.log10Floor.exp10
        return abs(v / e - 1) < 1e-9
    }
}
