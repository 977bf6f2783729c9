/// Per-point sizes and colours of a `ScatterMark` (matplotlib's `scatter(x, y, s=…, c=…, cmap=…)`).
enum ScatterStyling {
    /// The largest marker area, in points²: a marker 10,000 points wide (far beyond any figure; larger ones
    /// would overflow the rasteriser's fixed-point coordinates).
    static let maximumSize = 1e8

    /// Throws a `PlotError` for per-point arrays of the wrong length, negative or infinite sizes, or a bad range.
    static func check(_ mark: ScatterMark) throws {
        if let sizes = mark.sizes {
            guard sizes.count == mark.x.count else {
                throw PlotError(
                    "ScatterMark: sizes has \(sizes.count) values but x has \(mark.x.count); they must have the same length"
                )
            }
            if let bad = sizes.first(where: { !$0.isNaN && !($0 >= 0 && $0 <= maximumSize) }) {
                throw PlotError(
                    "ScatterMark: size \(bad) is not an area in 0...\(Int(maximumSize)) points² (NaN leaves a gap)")
            }
        }
        if let values = mark.values, values.count != mark.x.count {
            throw PlotError(
                "ScatterMark: values has \(values.count) entries but x has \(mark.x.count); they must have the same length"
            )
        }
        if let r = mark.valueRange, !(r.lowerBound.isFinite && r.upperBound.isFinite) {
            throw PlotError("ScatterMark: value range \(r) is not finite; give finite numbers")
        }
    }

    /// The values mapped to the ends of the colour map: the given range, else the finite values' extent.
    static func range(of mark: ScatterMark) -> ClosedRange<Double>? {
        if let r = mark.valueRange { return r }
        let finite = (mark.values ?? []).filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low...high
    }

    /// The colour of point `i`, or nil when its value leaves it out (NaN or infinite).
    static func color(of i: Int, in mark: ScatterMark, range: ClosedRange<Double>?, fallback: Color) -> Color? {
        guard let values = mark.values else { return fallback }
        guard i < values.count, let range else { return nil }
        return mark.colormap.levelColor(for: values[i], in: range)
    }

    /// Draws each visible point at its own size and colour, batching runs of equal style into one path.
    static func draw(_ mark: ScatterMark, in context: MarkContext) {
        let range = range(of: mark)
        let fallback = mark.color ?? context.cycleColor
        let defaultSize = mark.marker.size ?? context.theme.markerSize
        let a = context.plotArea
        var run: (size: Double, color: Color, points: [Point])?
        func flush() {
            guard let r = run else { return }
            var style = mark.marker
            style.size = r.size
            style.draw(at: r.points, color: r.color, theme: context.theme, on: context.canvas)
            run = nil
        }
        for i in mark.x.indices where i < mark.y.count {
            let size = mark.sizes.map { $0[i].squareRoot() } ?? defaultSize
            guard size.isFinite, let color = color(of: i, in: mark, range: range, fallback: fallback) else { continue }
            let p = context.transform(mark.x[i], mark.y[i])
            let margin = size + mark.marker.edgeWidth
            guard p.x.isFinite, p.y.isFinite, p.x >= a.minX - margin, p.x <= a.maxX + margin,
                p.y >= a.minY - margin, p.y <= a.maxY + margin
            else { continue }
            if let r = run, r.size == size, r.color == color {
                run?.points.append(p)
            } else {
                flush()
                run = (size, color, [p])
            }
        }
        flush()
    }

    /// The colour of the legend sample: the first drawable point's map colour, else the mark's colour.
    static func legendColor(of mark: ScatterMark, fallback: Color) -> Color {
        guard let values = mark.values, let range = range(of: mark),
            let first = values.first(where: \.isFinite)
        else { return fallback }
        return mark.colormap.levelColor(for: first, in: range) ?? fallback
    }
}
