/// The GIF's one palette from the colours the frames show.
///
/// With at most `maximumColors` distinct colours, the palette is exactly those colours. Otherwise the most
/// frequent colours (a plot's background, axes, text and line colours, each shown by at least 1/2000 of the
/// pixels; at most `maximumReserved`) are kept exactly, median cut chooses the rest from the remaining colours
/// weighted by their pixel counts, and a few rounds of k-means (Lloyd) move those chosen entries to the weighted
/// mean of the colours that map to them. Deterministic: the same histogram gives the same palette.
package enum ColorQuantizer {
    /// Palette entries for colours: 256 less the one index kept for transparency.
    package static let maximumColors = 255
    /// The most colours kept exactly when there are more colours than entries.
    package static let maximumReserved = 32
    /// K-means rounds after median cut.
    package static let refinementRounds = 4

    /// The palette (1 to `maximumColors` entries, `0x00RRGGBB`): most frequent colours first.
    package static func palette(for histogram: ColorHistogram) -> [UInt32] {
        let colors = histogram.byFrequency
        if colors.isEmpty { return [0] }
        if colors.count <= maximumColors { return colors.map(\.key) }
        let total = colors.reduce(0) { $0 + $1.count }
        let reservedCount = min(maximumReserved, colors.prefix { $0.count * 2000 >= total }.count)
        let reserved = colors.prefix(reservedCount).map(\.key)
        let rest = Array(colors.dropFirst(reservedCount))
        let chosen = MedianCut.representatives(of: rest, boxCount: maximumColors - reservedCount)
        let refined = refine(chosen, fixed: reserved, colors: rest)
        var seen = Set<UInt32>()
        return (reserved + refined).filter { seen.insert($0).inserted }
    }

    /// `movable` after `refinementRounds` of k-means over `colors`, with `fixed` entries competing but not moving.
    static func refine(_ movable: [UInt32], fixed: [UInt32], colors: [MedianCut.WeightedColor]) -> [UInt32] {
        var entries = movable
        for _ in 0..<refinementRounds {
            let search = NearestColor(palette: fixed + entries)
            var sums = [(red: Int, green: Int, blue: Int, weight: Int)](
                repeating: (0, 0, 0, 0), count: entries.count)
            for color in colors {
                let slot = search.index(nearest: color.key) - fixed.count
                guard slot >= 0 else { continue }
                sums[slot].red += Int(color.key >> 16 & 0xFF) * color.count
                sums[slot].green += Int(color.key >> 8 & 0xFF) * color.count
                sums[slot].blue += Int(color.key & 0xFF) * color.count
                sums[slot].weight += color.count
            }
            var moved = false
            for (slot, sum) in sums.enumerated() where sum.weight > 0 {
                func mean(_ channel: Int) -> UInt32 { UInt32((channel + sum.weight / 2) / sum.weight) }
                let updated = mean(sum.red) << 16 | mean(sum.green) << 8 | mean(sum.blue)
                if updated != entries[slot] {
                    entries[slot] = updated
                    moved = true
                }
            }
            if !moved { break }
        }
        return entries
    }
}
