/// The dash pattern of a line. Patterns are in multiples of the line width, as matplotlib scales them.
public enum LineStyle: Hashable, Sendable {
    /// matplotlib's "-": no gaps.
    case solid
    /// matplotlib's "--": 3.7 on, 1.6 off (× width).
    case dashed
    /// matplotlib's ":": 1 on, 1.65 off (× width).
    case dotted
    /// matplotlib's "-.": 6.4, 1.6, 1, 1.6 (× width).
    case dashDot
    /// Alternating on/off lengths in multiples of the line width.
    case custom([Double])

    /// The stroke for this style: dashes scaled by `width`; solid lines get square caps, dashed ones butt
    /// caps (matplotlib's `solid_capstyle='projecting'`, `dash_capstyle='butt'`), both with round joins.
    package func strokeStyle(color: Color, width: Double, theme: Theme) -> StrokeStyle {
        let pattern: [Double] =
            switch self {
            case .solid: []
            case .dashed: theme.dashedPattern
            case .dotted: theme.dottedPattern
            case .dashDot: theme.dashDotPattern
            case .custom(let p): p
            }
        let usable = pattern.allSatisfy { $0.isFinite && $0 >= 0 } && pattern.contains { $0 > 0 } ? pattern : []
        let scale = max(width, 0)
        return StrokeStyle(
            color: color, width: width, dash: usable.map { $0 * scale },
            cap: usable.isEmpty ? .square : .butt, join: .round)
    }
}
