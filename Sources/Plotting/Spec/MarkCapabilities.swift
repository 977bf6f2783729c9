/// Optional abilities a `Mark` can adopt in addition to the `Mark` contract.

/// A mark that knows its extent when only positive values count (for logarithmic axes, where values ≤ 0
/// cannot be shown). Marks without it contribute their plain `dataBounds`, with non-positive ends ignored.
public protocol PositiveBoundsProviding {
    /// The data bounds counting, along each axis flagged true, only values > 0; nil if nothing is left.
    func dataBounds(positiveX: Bool, positiveY: Bool) -> DataBounds?
}

/// A mark that tells the legend's `.best` placement where it draws, so the legend can avoid it.
public protocol LegendObstacle {
    /// Polylines in canvas points that the legend should avoid; a one-point polyline is a single vertex.
    func obstaclePolylines(in context: MarkContext) -> [[Point]]
}

/// A mark drawn without the plot-area clip (text and annotations, as matplotlib's `clip_on=False`),
/// after the clipped marks.
public protocol UnclippedMark {}

/// A filled area that takes its cycle colour from a second, independent cycle, as matplotlib's
/// `fill_between` does (its patches cycle): a line then a fill both default to the first colour.
public protocol UsesPatchColorCycle {}
