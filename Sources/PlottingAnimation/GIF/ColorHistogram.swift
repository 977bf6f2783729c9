/// Every colour key the frames show, each with a small id, and how many pixels show it summed over the frames
/// (a colour on screen for ten frames weighs ten times a colour shown once; the transparent and unchanged keys get
/// an id but are not counted). Kept frames are stored as ids, packed (`PackedIDs`).
package struct ColorHistogram: Sendable {
    /// The most distinct keys (ids are 16 bits).
    package static let maximumColors = Int(UInt16.max) + 1

    /// The key of each id.
    package private(set) var keys: [UInt32] = []
    /// Pixels of each id in the frame shown now.
    private var shown: [Int] = []
    /// Pixels of each id summed over the frames added.
    private var total: [Int] = []
    private var ids: [UInt32: UInt16] = [:]

    package init() {}

    /// Adds one frame: `newKeys` are its keys inside the rectangle that changed, `oldKeys` (the same count) the
    /// previous frame's there, or nil for the first frame. Returns the ids of `newKeys`; a run of equal keys (a
    /// plot's background) costs one look-up. Nil when the keys would need more than `maximumColors` ids (the
    /// frame is then counted only in part).
    @discardableResult
    package mutating func add(_ newKeys: [UInt32], replacing oldKeys: [UInt32]? = nil) -> [UInt16]? {
        var result = [UInt16](repeating: 0, count: newKeys.count)
        defer { for id in shown.indices { total[id] += shown[id] } }
        var index = 0
        while index < newKeys.count {
            let key = newKeys[index]
            var end = index + 1
            while end < newKeys.count, newKeys[end] == key { end += 1 }
            guard let id = id(of: key) else { return nil }
            if ColorKeys.isColor(key) { shown[Int(id)] += end - index }
            for position in index..<end {
                result[position] = id
                if ColorKeys.isColor(key), let oldKeys, position < oldKeys.count, let old = ids[oldKeys[position]] {
                    shown[Int(old)] -= 1
                }
            }
            index = end
        }
        return result
    }

    /// The visible colours, most frequent first (ties by key, so the order is the same run after run).
    package var byFrequency: [(key: UInt32, count: Int)] {
        zip(keys, total).filter { ColorKeys.isColor($0.0) && $0.1 > 0 }.map { (key: $0.0, count: $0.1) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }

    /// The id of `key`, given it now if it has none; nil when the ids have run out.
    private mutating func id(of key: UInt32) -> UInt16? {
        if let known = ids[key] { return known }
        guard keys.count < Self.maximumColors else { return nil }
        let id = UInt16(truncatingIfNeeded: keys.count)
        ids[key] = id
        keys.append(key)
        shown.append(0)
        total.append(0)
        return id
    }
}
