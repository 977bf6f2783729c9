/// The sizes of error bars along one axis: matplotlib's `yerr`/`xerr` (a scalar, one array, or two arrays).
public enum ErrorExtent: Hashable, Sendable {
    /// The same size below and above every point.
    case constant(Double)
    /// One size per point, the same below and above it.
    case symmetric([Double])
    /// One size per point below it (`lower`) and one above it (`upper`).
    case asymmetric(lower: [Double], upper: [Double])

    /// Point `i`'s sizes below and above (NaN where the arrays are too short).
    func sizes(at i: Int) -> (lower: Double, upper: Double) {
        switch self {
        case .constant(let e): return (e, e)
        case .symmetric(let e): return i < e.count ? (e[i], e[i]) : (.nan, .nan)
        case .asymmetric(let lo, let hi): return (i < lo.count ? lo[i] : .nan, i < hi.count ? hi[i] : .nan)
        }
    }

    /// Throws unless every array has `count` entries and no size is negative or infinite (NaN leaves a gap).
    func check(_ name: String, count: Int) throws {
        let arrays: [(String, [Double])]
        switch self {
        case .constant(let e): arrays = [("", [e])]
        case .symmetric(let e): arrays = [("", e)]
        case .asymmetric(let lo, let hi): arrays = [(" lower", lo), (" upper", hi)]
        }
        for (part, sizes) in arrays {
            if case .constant = self {
            } else if sizes.count != count {
                throw PlotError(
                    "ErrorBarMark: \(name)\(part) has \(sizes.count) sizes but there are \(count) points; they must have the same length"
                )
            }
            if let bad = sizes.first(where: { !$0.isNaN && !($0.isFinite && $0 >= 0) }) {
                throw PlotError(
                    "ErrorBarMark: \(name)\(part) size \(bad) is not a finite number ≥ 0 (NaN leaves that bar out)")
            }
        }
    }
}
