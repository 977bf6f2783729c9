/// Which contour levels to draw.
public enum ContourLevels: Hashable, Sendable {
    /// About `count` nice levels over the data range, as matplotlib's default (`count` 7: a MaxNLocator
    /// with `count + 1` intervals), keeping only levels within the data range. `count` is clamped to 1...100.
    case automatic(count: Int)
    /// These levels (sorted; non-finite ones dropped).
    case values([Double])

    /// matplotlib's default: `.automatic(count: 7)`.
    public static let automatic = ContourLevels.automatic(count: 7)

    /// The levels for data spanning `range` (nil: no finite data, so no levels).
    package func resolve(for range: ClosedRange<Double>?) -> [Double] {
        switch self {
        case let .values(values):
            return values.filter(\.isFinite).sorted()
        case let .automatic(count):
            guard let range, range.lowerBound < range.upperBound else { return [] }
            let locator = MaxNLocator(maxIntervals: min(max(1, count), 100) + 1, minimumTicks: 1)
            return locator.rawTicks(from: range.lowerBound, to: range.upperBound)
                .filter { $0 >= range.lowerBound && $0 <= range.upperBound }
        }
    }
}
