/// A mark whose automatic limits must not go past some values: matplotlib's `sticky_edges`. A bar chart's
/// baseline (0) is sticky, so the value axis starts exactly at 0 instead of 5 % below it.
public protocol StickyEdgesProviding {
    /// Values along x that the automatic margin must not cross.
    var stickyX: [Double] { get }
    /// Values along y that the automatic margin must not cross.
    var stickyY: [Double] { get }
}

/// matplotlib's rule (`autoscale_view`): after the margin is added, a limit may not pass the nearest sticky
/// value on the data's side of it.
package enum StickyEdges {
    /// `limits` (data limits plus margins) pulled back to the sticky values that bound the data `low...high`.
    package static func apply(
        _ limits: (lower: Double, upper: Double), dataLow low: Double?, dataHigh high: Double?, sticky: [Double]
    ) -> (lower: Double, upper: Double) {
        guard let low, let high, !sticky.isEmpty else { return limits }
        let tolerance = 1e-5 * max(abs(low), abs(high), abs(high - low))
        var (lower, upper) = limits
        if let bound = sticky.filter({ $0 < low + tolerance }).max() { lower = max(lower, bound) }
        if let bound = sticky.filter({ $0 > high - tolerance }).min() { upper = min(upper, bound) }
        return (lower, upper)
    }
}

extension Axes {
    /// Automatic limits along x (`alongX`) or y: the data extent plus the theme's margins, stopped at the marks'
    /// sticky values.
    func automaticLimits(alongX: Bool, extent: DataBounds?, theme: Theme) -> (lower: Double, upper: Double) {
        let low = alongX ? extent?.xMin : extent?.yMin, high = alongX ? extent?.xMax : extent?.yMax
        let limits = AutoLimits.limits(
            dataLow: low, dataHigh: high, scale: alongX ? xScale : yScale, margin: theme.margin)
        return StickyEdges.apply(limits, dataLow: low, dataHigh: high, sticky: stickyValues(alongX: alongX))
    }

    /// The sticky values of every mark along x (`true`) or y: those a mark names (a bar's baseline) and the edges
    /// of a mark's sticky bounds (an image's extent).
    func stickyValues(alongX: Bool) -> [Double] {
        let named = marks.compactMap { $0 as? StickyEdgesProviding }.flatMap { alongX ? $0.stickyX : $0.stickyY }
        let bounds = marks.compactMap { ($0 as? StickyEdgesMark)?.stickyBounds }
            .flatMap { alongX ? [$0.xMin, $0.xMax] : [$0.yMin, $0.yMax] }
        return (named + bounds).filter(\.isFinite)
    }
}
