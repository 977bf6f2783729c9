/// How many pixels of each visible colour the frames show (transparent pixels are not counted).
package struct ColorHistogram: Sendable {
    /// Pixel count per colour key (`0x00RRGGBB`).
    package private(set) var counts: [UInt32: Int] = [:]

    package init() {}

    /// Counts `keys`; a run of equal keys (a plot's background) costs one look-up.
    package mutating func add(_ keys: [UInt32]) {
        var index = 0
        while index < keys.count {
            let key = keys[index]
            var end = index + 1
            while end < keys.count, keys[end] == key { end += 1 }
            if key != ColorKeys.transparent { counts[key, default: 0] += end - index }
            index = end
        }
    }

    /// The colours, most frequent first (ties by key, so the order is the same run after run).
    package var byFrequency: [(key: UInt32, count: Int)] {
        counts.map { (key: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key
        }
    }
}
