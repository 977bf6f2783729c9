/// A continuous colour map: a parameter `t` in 0...1 to a colour, by linear interpolation between evenly
/// spaced control colours (matplotlib's `ListedColormap`/`LinearSegmentedColormap` with equal spacing).
public struct Colormap: Hashable, Sendable {
    /// The map's name ("viridis").
    public let name: String
    /// The control colours, evenly spaced over 0...1 (the first at 0, the last at 1).
    public let colors: [Color]

    /// A colour map through `colors`, evenly spaced over 0...1.
    /// - Throws: `PlotError` when fewer than two colours are given or a channel is not in 0...1.
    public init(name: String, colors: [Color]) throws {
        guard colors.count >= 2 else {
            throw PlotError("Colormap '\(name)': \(colors.count) colour(s) given; at least 2 are needed")
        }
        for c in colors {
            for channel in [c.red, c.green, c.blue, c.alpha] where !(0...1).contains(channel) {
                throw PlotError("Colormap '\(name)': colour channel \(channel) is outside 0...1")
            }
        }
        self.name = name
        self.colors = colors
    }

    /// A colour map from a validated table; used for the built-in maps.
    init(name: String, flatRGB table: [Double]) {
        self.name = name
        self.colors = stride(from: 0, to: table.count - 2, by: 3).map {
            Color(red: table[$0], green: table[$0 + 1], blue: table[$0 + 2])
        }
    }

    /// The colour at `t` (0 = first colour, 1 = last), linearly interpolated; `t` outside 0...1 is clamped.
    /// A NaN `t` gives `Color.clear` (matplotlib's transparent "bad" colour).
    public func color(at t: Double) -> Color {
        guard !t.isNaN else { return .clear }
        let position = Swift.min(Swift.max(t, 0), 1) * Double(colors.count - 1)
        let lower = Swift.min(Int(position.rounded(.down)), colors.count - 2)
        let f = position - Double(lower)
        let a = colors[lower], b = colors[lower + 1]
        return Color(
            red: a.red + (b.red - a.red) * f, green: a.green + (b.green - a.green) * f,
            blue: a.blue + (b.blue - a.blue) * f, alpha: a.alpha + (b.alpha - a.alpha) * f)
    }

    /// The colour of `value` when `range` maps onto the whole map (matplotlib's `Normalize` then the map).
    /// A degenerate range (equal ends) gives the middle colour; a non-finite value gives `Color.clear`.
    public func color(for value: Double, in range: ClosedRange<Double>) -> Color {
        guard value.isFinite else { return .clear }
        guard let t = FiniteArithmetic.fraction(value, from: range.lowerBound, to: range.upperBound) else {
            return color(at: 0.5)
        }
        return color(at: t)
    }

    /// The same map run backwards.
    public var reversed: Colormap {
        // Reversing keeps the count and channels valid, so the unchecked path is safe.
        Colormap(unchecked: name + "_r", colors: colors.reversed())
    }

    init(unchecked name: String, colors: [Color]) {
        self.name = name
        self.colors = colors
    }

    /// matplotlib's default colour map: perceptually uniform, dark purple (#440154) to yellow (#fde725).
    public static let viridis = Colormap(name: "viridis", flatRGB: viridisTable)

    /// matplotlib's coolwarm: a diverging map from blue (#3b4cc0) through light grey to red (#b40426).
    public static let coolwarm = Colormap(name: "coolwarm", flatRGB: coolwarmTable)
}
