/// Maps colour keys to palette indices: each colour to its nearest palette entry (squared RGB distance, the
/// lower index on a tie), the transparent and unchanged keys to the transparent index. No dithering: on a plot it scatters
/// speckle along antialiased edges. Each distinct colour is searched once and cached.
package struct PaletteMapper: Sendable {
    /// The palette, `0x00RRGGBB` per entry (at most 255).
    package let palette: [UInt32]
    /// The index that stands for "transparent" (one past the palette).
    package var transparentIndex: UInt8 { UInt8(truncatingIfNeeded: palette.count) }
    private let search: NearestColor
    private var cache: [UInt32: UInt8] = [:]

    /// A mapper onto `palette` (1 to 255 entries).
    package init(palette: [UInt32]) {
        self.palette = palette
        search = NearestColor(palette: palette)
        for (index, key) in palette.enumerated() where cache[key] == nil {
            cache[key] = UInt8(truncatingIfNeeded: index)
        }
    }

    /// The palette index of one key.
    package mutating func index(of key: UInt32) -> UInt8 {
        if !ColorKeys.isColor(key) { return transparentIndex }
        if let cached = cache[key] { return cached }
        let found = UInt8(truncatingIfNeeded: search.index(nearest: key))
        cache[key] = found
        return found
    }

    /// The palette index of each key, a run of equal keys looked up once.
    package mutating func indices(of keys: [UInt32]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: keys.count)
        var lastKey = ColorKeys.transparent
        var lastIndex = transparentIndex
        for position in keys.indices {
            let key = keys[position]
            if key != lastKey {
                lastKey = key
                lastIndex = index(of: key)
            }
            result[position] = lastIndex
        }
        return result
    }
}
