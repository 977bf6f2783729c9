/// Median cut over weighted colours: the box with the largest weighted squared error is split at the
/// weighted median of its widest channel until there are enough boxes; each box gives its weighted mean.
package enum MedianCut {
    /// A colour (`0x00RRGGBB`) and how many pixels show it.
    package typealias WeightedColor = (key: UInt32, count: Int)

    /// At most `boxCount` colours standing for `colors` (fewer when the colours run out), in a fixed order.
    package static func representatives(of colors: [WeightedColor], boxCount: Int) -> [UInt32] {
        guard !colors.isEmpty, boxCount > 0 else { return [] }
        var items = colors
        var boxes = [Box(items: items[...], range: 0..<items.count)]
        while boxes.count < boxCount {
            guard let widest = boxes.indices.max(by: { boxes[$0].error < boxes[$1].error }),
                boxes[widest].error > 0
            else { break }
            let box = boxes[widest]
            let channel = box.widestChannel
            items[box.range].sort { channelValue($0.key, channel) < channelValue($1.key, channel) }
            let half = (box.weight + 1) / 2
            var running = 0
            var split = box.range.lowerBound
            while split < box.range.upperBound - 1 {
                running += items[split].count
                split += 1
                if running >= half { break }
            }
            boxes[widest] = Box(items: items[box.range.lowerBound..<split], range: box.range.lowerBound..<split)
            boxes.append(Box(items: items[split..<box.range.upperBound], range: split..<box.range.upperBound))
        }
        return boxes.map(\.mean)
    }

    /// Channel 0 (red), 1 (green) or 2 (blue) of a key.
    @inline(__always)
    package static func channelValue(_ key: UInt32, _ channel: Int) -> Int {
        Int(key >> UInt32(16 - 8 * channel) & 0xFF)
    }

    /// A box of colours: a range of the working array, its weight, mean and spread.
    private struct Box {
        let range: Range<Int>
        let weight: Int
        let mean: UInt32
        /// The weighted squared error of the box's colours around their mean.
        let error: Double
        let widestChannel: Int

        init(items: ArraySlice<WeightedColor>, range: Range<Int>) {
            self.range = range
            var weight = 0
            var sums = [0.0, 0.0, 0.0], squares = [0.0, 0.0, 0.0]
            for item in items {
                weight += item.count
                let w = Double(item.count)
                for channel in 0..<3 {
                    let value = Double(channelValue(item.key, channel))
                    sums[channel] += w * value
                    squares[channel] += w * value * value
                }
            }
            self.weight = weight
            let total = Double(max(weight, 1))
            let variances = (0..<3).map { max(0, squares[$0] - sums[$0] * sums[$0] / total) }
            error = range.count > 1 ? variances.reduce(0, +) : 0
            widestChannel = (0..<3).max { variances[$0] < variances[$1] } ?? 0
            let means = (0..<3).map { UInt32(min(255, max(0, (sums[$0] / total).rounded()))) }
            mean = means[0] << 16 | means[1] << 8 | means[2]
        }
    }
}
