/// Ticks of a category axis: one at each category position (0, 1, 2, …) labelled with its name, in order.
///
/// matplotlib labels every category even when the labels overlap; here, when a canvas can measure them and
/// neighbours would overlap, only every k-th category is ticked and labelled (the smallest k that fits),
/// so a long list stays readable. The work is one measurement per name.
enum CategoricalTicks {
    static func make(
        names: [String], mapping: AxisMapping, canvas: Canvas?, theme: Theme, alongX: Bool
    ) -> AxisTicks {
        let step =
            canvas.map { labelStep(names: names, mapping: mapping, canvas: $0, theme: theme, alongX: alongX) } ?? 1
        let shown = Array(stride(from: 0, to: names.count, by: step))
        return AxisTicks(
            major: shown.map(Double.init), labels: shown.map { Label(names[$0]) }, minor: [], offsetText: nil)
    }

    /// The smallest k such that labels k categories apart leave half an em between them.
    private static func labelStep(
        names: [String], mapping: AxisMapping, canvas: Canvas, theme: Theme, alongX: Bool
    ) -> Int {
        guard names.count > 1 else { return 1 }
        let spacing = abs(mapping(1) - mapping(0))
        guard spacing.isFinite, spacing > 0 else { return 1 }
        let font = Font(family: theme.fontFamily, size: theme.fontSize)
        let extent = names.map { canvas.measureText($0, font: font) }
        let needed = (alongX ? extent.map(\.width) : extent.map(\.height)).max() ?? 0
        let k = ((needed + theme.fontSize / 2) / spacing).rounded(.up)
        guard k.isFinite, k > 1 else { return 1 }
        return Int(min(k, Double(names.count)))
    }
}

extension Axes {
    /// The ticks along x (`alongX`) or y before any thinning: explicit ones if given, else the categories of a
    /// categorical mark on that axis, else the scale's locator.
    func ticks(
        alongX: Bool, limits: (Double, Double), intervals: Int, mapping: AxisMapping, canvas: Canvas?, theme: Theme
    ) -> AxisTicks {
        let explicit = alongX ? xTicks : yTicks
        if explicit == nil, let names = categoryNames(alongX: alongX) {
            return CategoricalTicks.make(names: names, mapping: mapping, canvas: canvas, theme: theme, alongX: alongX)
        }
        return AxisTicks.make(
            scale: alongX ? xScale : yScale, lower: limits.0, upper: limits.1, intervals: intervals,
            explicit: explicit, minorLog: showMinorLogTicks)
    }

    /// The category names along x (`alongX`) or y, from the first categorical mark on that axis.
    func categoryNames(alongX: Bool) -> [String]? {
        marks.lazy.compactMap { ($0 as? CategoricalMark)?.categoryAxis }.first { $0.alongX == alongX }?.names
    }
}
