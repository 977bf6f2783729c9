/// A canonical text form of an SVG document, so that two SVGs that draw the same thing compare equal even
/// when a writer numbers its ids differently or spells a number another way.
///
/// - Every `id="…"` is renamed `c1`, `c2`, … in document order, and every reference to it (`#name` in
///   `href="#name"` or `url(#name)`) follows.
/// - Every number is rewritten rounded to `fractionDigits` decimals without trailing zeros (`1.50` → `1.5`,
///   `-0.00001` → `0`), which is far below what can change a rendered pixel.
public enum SVGCanonicalForm {
    /// Decimals kept when normalising numbers.
    public static let fractionDigits = 4

    /// The canonical form of an SVG document's bytes (UTF-8).
    public static func canonicalize(_ svg: [UInt8]) -> String {
        let ids = collectIDs(svg)
        var out = [UInt8]()
        out.reserveCapacity(svg.count)
        var i = 0
        let n = svg.count
        var numberEnd = -1  // where the last rewritten number ended
        while i < n {
            if let (name, end) = attributeValue(svg, at: i, attribute: idAttribute), let new = ids[name] {
                out += idAttribute + Array(new.utf8) + [quote]
                i = end + 1
                continue
            }
            let byte = svg[i]
            if byte == hash {
                var end = i + 1
                while end < n, isNameByte(svg[end]) { end += 1 }
                if let new = ids[svg[(i + 1)..<end]] {
                    out.append(hash)
                    out += Array(new.utf8)
                    i = end
                    continue
                }
            }
            // `1.5.5` is two numbers in SVG: the second is rewritten too, after a space, so that it cannot merge
            // with the first (`72.00001.5` must not read as `72.5`). A number right after `+` is left as it is
            // (`1e+.5` must not become `1e+0.5`).
            let glued = i == numberEnd && byte == dot
            if startsNumber(svg, at: i), i == 0 || !(isNameByte(svg[i - 1]) || svg[i - 1] == plus) || glued {
                let end = Self.numberEnd(svg, from: i)
                if glued { out.append(space) }
                let number = Array(normalizedNumber(String(decoding: svg[i..<end], as: UTF8.self)).utf8)
                out += number
                // Nor may what follows extend the rewritten number (`0.000e15e3` → `0` then `e3`, not `0e3`).
                if end < n, svg[end] != dot, Self.numberEnd(number + svg[end..<min(n, end + 3)], from: 0) > number.count
                {
                    out.append(space)
                }
                i = end
                numberEnd = end
                continue
            }
            out.append(byte)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first line where two canonical forms differ (1-based), with both versions, or nil if equal.
    public static func firstDifference(_ a: String, _ b: String) -> (line: Int, expected: String, actual: String)? {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false)
        let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(la.count, lb.count) {
            let x = index < la.count ? String(la[index]) : "<end of document>"
            let y = index < lb.count ? String(lb[index]) : "<end of document>"
            if x != y { return (index + 1, x, y) }
        }
        return nil
    }

    private static let quote = UInt8(ascii: "\"")
    private static let hash = UInt8(ascii: "#")
    private static let minus = UInt8(ascii: "-")
    private static let dot = UInt8(ascii: ".")
    private static let plus = UInt8(ascii: "+")
    private static let space = UInt8(ascii: " ")
    private static let idAttribute = Array(" id=\"".utf8)

    private static func collectIDs(_ svg: [UInt8]) -> [ArraySlice<UInt8>: String] {
        var ids: [ArraySlice<UInt8>: String] = [:]
        var i = 0
        while i < svg.count {
            if let (name, end) = attributeValue(svg, at: i, attribute: idAttribute) {
                if ids[name] == nil { ids[name] = "c\(ids.count + 1)" }
                i = end + 1
            } else {
                i += 1
            }
        }
        return ids
    }

    /// If `svg` has `attribute` (ending in a quote) at `index`, the value and the index of its closing quote.
    private static func attributeValue(_ svg: [UInt8], at index: Int, attribute: [UInt8]) -> (ArraySlice<UInt8>, Int)? {
        guard svg[index] == attribute[0], index + attribute.count <= svg.count,
            svg[index..<(index + attribute.count)].elementsEqual(attribute)
        else { return nil }
        let start = index + attribute.count
        guard let close = svg[start...].firstIndex(of: quote) else { return nil }
        return (svg[start..<close], close)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private static func isNameByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "_")
            || b == minus || b == UInt8(ascii: ".") || b >= 0x80
    }

    private static func startsNumber(_ s: [UInt8], at i: Int) -> Bool {
        if isDigit(s[i]) { return true }
        if s[i] == dot { return i + 1 < s.count && isDigit(s[i + 1]) }
        if s[i] == minus, i + 1 < s.count {
            return isDigit(s[i + 1]) || (s[i + 1] == dot && i + 2 < s.count && isDigit(s[i + 2]))
        }
        return false
    }

    private static func numberEnd(_ s: [UInt8], from start: Int) -> Int {
        var i = start
        if s[i] == minus { i += 1 }
        while i < s.count, isDigit(s[i]) { i += 1 }
        if i < s.count, s[i] == UInt8(ascii: "."), i + 1 < s.count, isDigit(s[i + 1]) {
            i += 1
            while i < s.count, isDigit(s[i]) { i += 1 }
        }
        if i + 1 < s.count, s[i] | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            if s[j] == minus || s[j] == UInt8(ascii: "+") { j += 1 }
            if j < s.count, isDigit(s[j]) {
                while j < s.count, isDigit(s[j]) { j += 1 }
                i = j
            }
        }
        return i
    }

    /// A number rounded to `fractionDigits` decimals, without trailing zeros or a negative zero.
    static func normalizedNumber(_ text: String) -> String {
        guard let value = Double(text), value.isFinite else { return text }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard abs(scaled) < 9e15 else { return text }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let magnitude = units.magnitude
        let divisor = UInt64(scale)
        var result = (units < 0 ? "-" : "") + String(magnitude / divisor)
        var fraction = String(magnitude % divisor)
        if fraction != "0" {
            fraction = String(repeating: "0", count: fractionDigits - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            result += "." + fraction
        }
        return result
    }
}
