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

    /// The palette sizes tried, smallest first: a smaller table makes every LZW code shorter (a 63-colour
    /// table's codes start at 7 bits, a 255-colour table's at 9).
    package static let paletteSizes = [63, 127, maximumColors]
    /// The largest mean error (RGB distance, 0 to 441) a smaller palette may give the pixels it does not show
    /// exactly (the antialiased blends at edges): about 3 levels per channel, which no eye sees on an edge.
    package static let acceptableBlendError = 5.0

    /// The palette (1 to `maximumColors` entries, `0x00RRGGBB`): most frequent colours first. Every colour when
    /// they fit; otherwise the smallest of `paletteSizes` whose blends stay within `acceptableBlendError` (a
    /// shaded surface needs all 255 entries, a line plot's antialiased edges far fewer).
    package static func palette(for histogram: ColorHistogram) -> [UInt32] {
        let colors = histogram.byFrequency
        if colors.isEmpty { return [0] }
        if colors.count <= maximumColors { return colors.map(\.key) }
        for size in paletteSizes.dropLast() {
            let candidate = palette(of: colors, size: size)

            if blendError(of: candidate, for: colors) <= acceptableBlendError { return candidate }
        }
        return palette(of: colors, size: maximumColors)
    }

    /// The mean RGB distance, weighted by pixel count, between each colour not in `palette` and its nearest entry.
    static func blendError(of palette: [UInt32], for colors: [(key: UInt32, count: Int)]) -> Double {
        let search = NearestColor(palette: palette)
        var sum = 0.0, weight = 0
        for color in colors {
            let nearest = palette[search.index(nearest: color.key)]
            guard nearest != color.key else { continue }
            sum += Double(NearestColor.squaredDistance(color.key, nearest)).squareRoot() * Double(color.count)
            weight += color.count
        }
        return weight == 0 ? 0 : sum / Double(weight)
    }

    /// A palette of at most `size` entries for more than `size` colours.
    private static func palette(of colors: [(key: UInt32, count: Int)], size: Int) -> [UInt32] {
        let total = colors.reduce(0) { $0 + $1.count }
        let reservedCount = min(maximumReserved, colors.prefix { $0.count * 2000 >= total }.count)
        let reserved = colors.prefix(reservedCount).map(\.key)
        let rest = Array(colors.dropFirst(reservedCount))
        let chosen = MedianCut.representatives(of: rest, boxCount: size - reservedCount)
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
