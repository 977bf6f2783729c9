/// Every colour key the frames show, each with a small id and how many pixels show it (transparent pixels get
/// an id but are not counted). Kept frames are stored as ids, two bytes a pixel instead of four.
package struct ColorHistogram: Sendable {
    /// The most distinct keys (ids are 16 bits).
    package static let maximumColors = Int(UInt16.max) + 1

    /// The key of each id.
    package private(set) var keys: [UInt32] = []
    /// Pixel count of each id.
    private var counts: [Int] = []
    private var ids: [UInt32: UInt16] = [:]

    package init() {}

    /// Whether `keys` can be added without running out of ids.
    package func hasRoom(for newKeys: Int) -> Bool { keys.count + newKeys <= Self.maximumColors }

    /// Counts `keys` and returns their ids; a run of equal keys (a plot's background) costs one look-up. Nil
    /// when the keys would need more than `maximumColors` ids (the keys before the first that found no id stay
    /// counted).
    @discardableResult
    package mutating func add(_ newKeys: [UInt32]) -> [UInt16]? {
        var result = [UInt16](repeating: 0, count: newKeys.count)
        var index = 0
        while index < newKeys.count {
            let key = newKeys[index]
            var end = index + 1
            while end < newKeys.count, newKeys[end] == key { end += 1 }
            let id: UInt16
            if let known = ids[key] {
                id = known
            } else {
                guard keys.count < Self.maximumColors else { return nil }
                id = UInt16(truncatingIfNeeded: keys.count)
                ids[key] = id
                keys.append(key)
                counts.append(0)
            }
            if key != ColorKeys.transparent { counts[Int(id)] += end - index }
            for position in index..<end { result[position] = id }
            index = end
        }
        return result
    }

    /// The visible colours, most frequent first (ties by key, so the order is the same run after run).
    package var byFrequency: [(key: UInt32, count: Int)] {
        zip(keys, counts).filter { $0.0 != ColorKeys.transparent }.map { (key: $0.0, count: $0.1) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }
}
