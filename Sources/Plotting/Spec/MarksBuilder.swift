/// Builds an axes' marks from a block, Swift-Charts style:
///
/// ```swift
/// let axes = Axes(xLabel: "x", yLabel: "y") {
///     LineMark(x: xs, y: ys, label: "data")
///     if showZero { ReferenceLine.horizontal(0, style: .dotted) }
///     for c in curves { LineMark(x: xs, y: c) }
/// }
/// ```
@resultBuilder
public enum MarksBuilder {
    /// One mark.
    public static func buildExpression(_ mark: any Mark) -> [any Mark] { [mark] }
    /// An array of marks.
    public static func buildExpression(_ marks: [any Mark]) -> [any Mark] { marks }
    /// The marks of a block, in order.
    public static func buildBlock(_ parts: [any Mark]...) -> [any Mark] { parts.flatMap { $0 } }
    /// The marks of an `if` without `else` (none when false).
    public static func buildOptional(_ part: [any Mark]?) -> [any Mark] { part ?? [] }
    /// The marks of the taken `if` branch.
    public static func buildEither(first: [any Mark]) -> [any Mark] { first }
    /// The marks of the taken `else` branch.
    public static func buildEither(second: [any Mark]) -> [any Mark] { second }
    /// The marks of a `for` loop.
    public static func buildArray(_ parts: [[any Mark]]) -> [any Mark] { parts.flatMap { $0 } }
}

extension Axes {
    /// An axes whose marks come from a `MarksBuilder` block.
    public init(
        title: Label? = nil, xLabel: Label? = nil, yLabel: Label? = nil,
        xScale: Scale = .linear, yScale: Scale = .linear,
        xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
        aspect: Aspect = .auto, grid: GridLines = .none, legend: LegendPlacement? = nil,
        spines: Spines = .all, @MarksBuilder marks: () -> [any Mark]
    ) {
        self.init(
            marks: marks(), title: title, xLabel: xLabel, yLabel: yLabel, xScale: xScale, yScale: yScale,
            xLimits: xLimits, yLimits: yLimits, aspect: aspect, grid: grid, legend: legend, spines: spines)
    }
}
