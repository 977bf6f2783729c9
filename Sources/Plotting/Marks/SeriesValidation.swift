/// Shared checks and helpers for marks built from x/y arrays.
enum SeriesValidation {
    /// Throws unless `x` and `y` are non-empty and of equal length.
    static func check(_ mark: String, x: [Double], y: [Double]) throws {
        guard !x.isEmpty || !y.isEmpty else { throw PlotError("\(mark): the series is empty; give at least one point") }
        guard x.count == y.count else {
            throw PlotError("\(mark): x has \(x.count) values but y has \(y.count); they must have the same length")
        }
    }

    /// Bounds of the finite pairs, counting only positive values along the flagged axes.
    static func bounds(x: [Double], y: [Double], positiveX: Bool, positiveY: Bool) -> DataBounds? {
        var b: DataBounds?
        for (a, c) in zip(x, y) where a.isFinite && c.isFinite && (!positiveX || a > 0) && (!positiveY || c > 0) {
            let p = DataBounds(xMin: a, xMax: a, yMin: c, yMax: c)
            b = b.map { $0.union(p) } ?? p
        }
        return b
    }
}

/// Data points mapped to the canvas, keeping those near the plot area.
enum MarkPoints {
    static func visible(xs: [Double], ys: [Double], context: MarkContext, margin: Double) -> [Point] {
        let a = context.plotArea
        let area = Rect(
            x: a.minX - margin, y: a.minY - margin, width: a.width + 2 * margin, height: a.height + 2 * margin)
        var out: [Point] = []
        for (x, y) in zip(xs, ys) {
            let p = context.transform(x, y)
            if p.x.isFinite && p.y.isFinite && area.contains(p) { out.append(p) }
        }
        return out
    }
}
