/// A histogram computed as numpy does: bin edges like `np.histogram_bin_edges`, counts like `np.histogram`
/// (every bin half-open `[a, b)` except the last, which is closed `[a, b]`), optionally as a density.
///
/// NaN values are left out before anything is computed (numpy would refuse them); `leftOut` counts them.
/// Values are `Double`s, so integer data follows numpy's rules for `float64` arrays.
///
/// ```swift
/// let h = try Histogram(values: samples, bins: .auto)
/// h.edges   // bins + 1 increasing values
/// h.heights // counts, or densities with `density: true`
/// ```
public struct Histogram: Hashable, Sendable {
    /// The most bins a histogram may have (a wide range with a tiny IQR can ask numpy for millions).
    public static let maximumBins = 100_000

    /// The bin edges, increasing: one more than the bins.
    public let edges: [Double]
    /// The number of values in each bin.
    public let counts: [Int]
    /// The bar heights: the counts, or with `density` the counts divided by (total × bin width), integrating to 1.
    public let heights: [Double]
    /// How many NaN values were left out.
    public let leftOut: Int

    /// Bins `values` (NaN left out).
    /// - Throws: `PlotError` for no values (or only NaN), an infinite value, a count below 1, or more than
    ///   `maximumBins` bins.
    public init(values: [Double], bins: HistogramBins = .count(10), density: Bool = false) throws {
        let finite = values.filter { !$0.isNaN }
        let leftOut = values.count - finite.count
        guard !finite.isEmpty else {
            throw PlotError(
                values.isEmpty
                    ? "Histogram: there are no values; give at least one"
                    : "Histogram: all \(values.count) values are NaN; give at least one number")
        }
        if let bad = finite.first(where: { !$0.isFinite }) {
            throw PlotError("Histogram: value \(bad) is infinite; values must be finite (NaN is left out)")
        }
        if case .count(let k) = bins, k < 1 {
            throw PlotError("Histogram: bin count \(k) is below 1; give 1 to \(Self.maximumBins)")
        }
        if case .edges(let e) = bins {
            try self.init(values: finite, edges: e, density: density, leftOut: values.count - finite.count)
            return
        }
        // Only the percentiles of "auto" and "fd" need the data in order.
        let sorted = bins == .auto || bins == .fd ? finite.sorted() : finite
        guard var first = finite.min(), var last = finite.max() else { throw PlotError("Histogram: no values") }
        guard (last - first).isFinite else {
            throw PlotError("Histogram: the values span \(first)...\(last), wider than a Double can hold; rescale them")
        }
        if first == last {
            first -= 0.5
            last += 0.5
        }
        guard let n = bins.binCount(sorted: sorted, first: first, last: last), n <= Self.maximumBins else {
            throw PlotError(
                "Histogram: bins \(bins.description) gives more than \(Self.maximumBins) bins for this data; give a count"
            )
        }
        let edges = Self.linspace(first, last, count: n + 1)
        self.init(edges: edges, counts: Self.counts(sorted, edges: edges), density: density, leftOut: leftOut)
    }

    /// Bins finite `values` into given edges, as `np.histogram(values, bins=edges)`: each value in the bin whose
    /// left edge is the last one ≤ it, the last edge counted in the last bin, values outside left out.
    private init(values: [Double], edges: [Double], density: Bool, leftOut: Int) throws {
        guard edges.count >= 2, edges.count <= Self.maximumBins + 1 else {
            throw PlotError("Histogram: \(edges.count) bin edges; give 2 to \(Self.maximumBins + 1)")
        }
        if let bad = edges.first(where: { !$0.isFinite }) {
            throw PlotError("Histogram: bin edge \(bad) is not finite")
        }
        guard zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw PlotError("Histogram: bin edges \(edges.prefix(5))… must increase strictly")
        }
        var counts = [Int](repeating: 0, count: edges.count - 1)
        for v in values where v >= edges[0] && v <= edges[edges.count - 1] {
            // The number of edges ≤ v, minus one: numpy's searchsorted(side="right") − 1.
            var low = 0, high = edges.count
            while low < high {
                let mid = (low + high) / 2
                if edges[mid] <= v { low = mid + 1 } else { high = mid }
            }
            counts[min(low - 1, counts.count - 1)] += 1
        }
        self.init(edges: edges, counts: counts, density: density, leftOut: leftOut)
    }

    /// The histogram from its edges and counts: heights are the counts, or with `density` the counts divided by
    /// (total × bin width), numpy's `n / db / n.sum()`.
    private init(edges: [Double], counts: [Int], density: Bool, leftOut: Int) {
        self.edges = edges
        self.counts = counts
        self.leftOut = leftOut
        if density {
            let total = Double(counts.reduce(0, +))
            heights = counts.indices.map { Double(counts[$0]) / (edges[$0 + 1] - edges[$0]) / total }
        } else {
            heights = counts.map(Double.init)
        }
    }

    /// numpy's `linspace(start, stop, count)` with the end point set exactly.
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        let div = Double(count - 1)
        let step = (stop - start) / div
        var out = (0..<count).map { step == 0 ? Double($0) / div * (stop - start) + start : Double($0) * step + start }
        if count > 1 { out[count - 1] = stop }
        return out
    }

    /// numpy's uniform-bin counting: an index from the value's fraction of the range, corrected by one where
    /// rounding put it across an edge; the last bin holds the right edge.
    static func counts(_ values: [Double], edges: [Double]) -> [Int] {
        let n = edges.count - 1
        let first = edges[0], last = edges[n]
        var counts = [Int](repeating: 0, count: n)
        for v in values where v >= first && v <= last {
            var i = min(Int((v - first) / (last - first) * Double(n)), n)
            if i == n { i -= 1 }
            if v < edges[i] { i -= 1 }
            if v >= edges[i + 1] && i != n - 1 { i += 1 }
            counts[i] += 1
        }
        return counts
    }
}
