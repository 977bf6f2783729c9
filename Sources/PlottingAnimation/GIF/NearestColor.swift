/// Finds a palette's entry nearest a colour (squared RGB distance; the lowest index on a tie) without trying
/// every entry: the entries are sorted by green, the search starts at the colour's green and stops on each side
/// once the green difference alone is more than the best distance found.
package struct NearestColor: Sendable {
    private let greens: [Int]
    private let entries: [(key: UInt32, index: Int)]

    /// A search over `palette` (`0x00RRGGBB` entries).
    package init(palette: [UInt32]) {
        entries = palette.enumerated().map { (key: $0.element, index: $0.offset) }
            .sorted { green($0.key) != green($1.key) ? green($0.key) < green($1.key) : $0.index < $1.index }
        greens = entries.map { green($0.key) }
    }

    /// The palette position of the entry nearest `key`; 0 for an empty palette.
    package func index(nearest key: UInt32) -> Int {
        let target = green(key)
        var low = 0, high = greens.count
        while low < high {
            let middle = (low + high) / 2
            if greens[middle] < target { low = middle + 1 } else { high = middle }
        }
        var best = (distance: Int.max, index: 0)
        func consider(_ position: Int) {
            let entry = entries[position]
            let distance = Self.squaredDistance(key, entry.key)
            if distance < best.distance || (distance == best.distance && entry.index < best.index) {
                best = (distance, entry.index)
            }
        }
        var up = low
        while up < entries.count {
            let gap = greens[up] - target
            if gap * gap > best.distance { break }
            consider(up)
            up += 1
        }
        var down = low - 1
        while down >= 0 {
            let gap = target - greens[down]
            if gap * gap > best.distance { break }
            consider(down)
            down -= 1
        }
        return best.index
    }

    /// The squared distance between two `0x00RRGGBB` colours.
    @inline(__always)
    package static func squaredDistance(_ a: UInt32, _ b: UInt32) -> Int {
        let red = Int(a >> 16 & 0xFF) - Int(b >> 16 & 0xFF)
        let green = Int(a >> 8 & 0xFF) - Int(b >> 8 & 0xFF)
        let blue = Int(a & 0xFF) - Int(b & 0xFF)
        return red * red + green * green + blue * blue
    }
}

@inline(__always)
private func green(_ key: UInt32) -> Int { Int(key >> 8 & 0xFF) }
