/// Makes Cairo's SVG output independent of process history.
///
/// Cairo 1.16 numbers glyphs, clips, patterns and masks per document (deterministic), but names surfaces
/// and images by a process-wide counter (`<g id="surface69">`, `image12`), which changes with everything
/// drawn before in the process. This renumbers every `surfaceN` and `imageN` reference in order of first
/// appearance, so the same drawing gives the same bytes in every run and process.
enum SVGDeterminism {
    /// The prefixes of the ids that Cairo numbers per process.
    private static let prefixes: [[UInt8]] = [Array("surface".utf8), Array("image".utf8)]

    /// The SVG with process-numbered ids renumbered 1, 2, … per prefix.
    static func normalize(_ svg: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(svg.count)
        var maps = prefixes.map { _ in [ArraySlice<UInt8>: Int]() }
        var i = 0
        let n = svg.count
        while i < n {
            let byte = svg[i]
            out.append(byte)
            i += 1
            // An id starts after `"` (id="…") or `#` (href="#…", url(#…)).
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "#") else { continue }
            for (k, prefix) in prefixes.enumerated() where startsWith(svg, prefix, at: i) {
                var end = i + prefix.count
                while end < n, svg[end] >= UInt8(ascii: "0"), svg[end] <= UInt8(ascii: "9") { end += 1 }
                let digits = svg[(i + prefix.count)..<end]
                guard !digits.isEmpty, end < n, !isNameByte(svg[end]) else { break }
                let number = maps[k][digits] ?? (maps[k].count + 1)
                maps[k][digits] = number
                out += prefix
                out += Array(String(number).utf8)
                i = end
                break
            }
        }
        return out
    }

    private static func startsWith(_ bytes: [UInt8], _ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for j in 0..<prefix.count where bytes[index + j] != prefix[j] { return false }
        return true
    }

    /// Bytes that could continue an XML name (so `surface1x` is not taken for `surface1`).
    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
}
