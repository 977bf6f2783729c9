/// Colour ids packed as runs (PackBits on 16-bit words), so that a kept frame costs memory for what it shows, not
/// for its size: a plot's background and the unchanged pixels of a changed rectangle are long runs. Each packet
/// is a header word, bit 15 set for a run of one id (then that id) or clear for literals (then the ids), the low
/// 15 bits holding the length less one.
package struct PackedIDs: Sendable {
    private static let longest = 1 << 15
    private var words: [UInt16] = []
    /// How many ids are packed.
    package let count: Int

    /// `ids` packed.
    package init(_ ids: [UInt16]) {
        count = ids.count
        var index = 0
        while index < ids.count {
            var run = 1
            while index + run < ids.count, run < Self.longest, ids[index + run] == ids[index] { run += 1 }
            if run >= 3 {
                words += [0x8000 | UInt16(run - 1), ids[index]]
                index += run
                continue
            }
            var end = index + 1
            while end < ids.count, end - index < Self.longest,
                !(end + 2 < ids.count && ids[end] == ids[end + 1] && ids[end] == ids[end + 2])
            {
                end += 1
            }
            words.append(UInt16(end - index - 1))
            words += ids[index..<end]
            index = end
        }
    }

    /// The words the packets take (for measuring).
    package var packedCount: Int { words.count }

    /// The ids again, as packed.
    package func unpacked() -> [UInt16] {
        var ids: [UInt16] = []
        ids.reserveCapacity(count)
        var position = 0
        while position < words.count {
            let header = words[position]
            let length = Int(header & 0x7FFF) + 1
            if header & 0x8000 != 0 {
                guard position + 1 < words.count else { break }
                ids += repeatElement(words[position + 1], count: length)
                position += 2
            } else {
                let end = min(position + 1 + length, words.count)
                ids += words[position + 1..<end]
                position = end
            }
        }
        return ids
    }
}
