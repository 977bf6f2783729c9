/// One series of a grouped or stacked bar chart: its label, its values (one per category) and an optional colour.
public struct BarSeries: Sendable {
    /// The legend label.
    public var label: Label?
    /// One value per category.
    public var values: [Double]
    /// The fill colour; nil takes the next colour of the axes' patch cycle.
    public var color: Color?
    /// A series from any sequence of numbers.
    public init<V: Sequence>(_ label: Label?, _ values: V, color: Color? = nil) where V.Element: PlottableNumber {
        self.label = label
        self.values = values.plottedValues
        self.color = color
    }
}

extension BarMark {
    /// Several series side by side in each category: the 0.8 slot split evenly, the first series leftmost
    /// (lowest for horizontal bars), as the usual matplotlib recipe with offsets does.
    public static func grouped(
        categories: [String], series: [BarSeries], orientation: BarOrientation = .vertical
    ) -> [BarMark] {
        let slot = 0.8, width = slot / Double(max(series.count, 1))
        return series.enumerated().map { k, s in
            BarMark(
                categories: categories, values: s.values, orientation: orientation, width: width,
                offset: -slot / 2 + width * (Double(k) + 0.5), color: s.color, label: s.label)
        }
    }

    /// Several series stacked in each category, the first at the base. Positive values stack upward from 0 and
    /// negative values downward from 0 (as pandas stacks); a NaN value adds nothing.
    public static func stacked(
        categories: [String], series: [BarSeries], orientation: BarOrientation = .vertical
    ) -> [BarMark] {
        var above = [Double](repeating: 0, count: categories.count)
        var below = above
        return series.map { s in
            let bases = categories.indices.map { i in
                i < s.values.count && s.values[i] < 0 ? below[i] : above[i]
            }
            for i in categories.indices where i < s.values.count && s.values[i].isFinite {
                if s.values[i] < 0 { below[i] += s.values[i] } else { above[i] += s.values[i] }
            }
            return BarMark(
                categories: categories, values: s.values, orientation: orientation, baselines: bases,
                color: s.color, label: s.label)
        }
    }
}
