import Foundation

/// How a histogram chooses its bins: numpy's `histogram_bin_edges(bins=…)` (numpy 2.x rules).
public enum HistogramBins: Hashable, Sendable {
    /// Equal-width bins: this many (matplotlib's default is 10).
    case count(Int)
    /// numpy's "auto": the smaller of Sturges' width and the Freedman–Diaconis width (kept at least half the
    /// "sqrt" width, so outliers cannot make it tiny).
    case auto
    /// numpy's "fd" (Freedman–Diaconis): width 2 · IQR · n^(−1/3); one bin when the IQR is 0.
    case fd
    /// numpy's "sturges": the range divided into log₂ n + 1 equal bins.
    case sturges
    /// These bin edges (at least two, finite, increasing): numpy's `bins=[…]`; values outside are not counted.
    case edges([Double])

    /// The name as numpy spells it ("auto", "fd", "sturges") or the count.
    public var description: String {
        switch self {
        case .count(let n): return "\(n)"
        case .auto: return "auto"
        case .fd: return "fd"
        case .sturges: return "sturges"
        case .edges(let e): return "\(e.count) edges"
        }
    }

    /// The number of equal-width bins for finite, non-empty data (in ascending order for `.auto` and `.fd`)
    /// spanning `first...last`, before any limit. A width estimator giving 0 (FD with IQR 0) means one bin, as
    /// in numpy. Returns nil when the count does not fit an `Int`.
    func binCount(sorted: [Double], first: Double, last: Double) -> Int? {
        let n = Double(sorted.count)
        guard let lo = sorted.min(), let hi = sorted.max() else { return 1 }
        let ptp = hi - lo
        let width: Double
        switch self {
        case .count(let k): return k
        case .edges(let e): return e.count - 1
        case .sturges: width = ptp / (log2(n) + 1.0)
        case .fd: width = Self.freedmanDiaconis(sorted)
        case .auto:
            let fdCorrected = max(Self.freedmanDiaconis(sorted), ptp / n.squareRoot() / 2)
            width = min(fdCorrected, ptp / (log2(n) + 1.0))
        }
        guard width != 0 else { return 1 }
        let bins = ((last - first) / width).rounded(.up)
        guard bins.isFinite, bins < Double(Int.max / 2) else { return nil }
        return Int(bins)
    }

    /// numpy's `_hist_bin_fd`: 2 · (75th − 25th percentile) · n^(−1/3).
    static func freedmanDiaconis(_ sorted: [Double]) -> Double {
        let iqr = percentile(sorted, 0.75) - percentile(sorted, 0.25)
        return 2.0 * iqr * pow(Double(sorted.count), -1.0 / 3.0)
    }

    /// numpy's default ("linear") percentile of ascending data at fraction `q`, with numpy's `_lerp`.
    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        let n = Double(sorted.count)
        // numpy's `n·q + (α + q(1 − α − β)) − 1` with α = β = 1, in the same order of operations.
        let virtual = n * q + (1 - q) - 1
        let below = virtual.rounded(.down)
        let last = sorted.count - 1
        let i = min(max(Int(below), 0), last), j = min(i + 1, last)
        let t = virtual - below
        let a = sorted[i], b = sorted[j]
        let diff = b - a
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t
    }
}
