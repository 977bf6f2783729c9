/// Small helpers for writing HTML text safely.
enum HTML {
    /// Text escaped for element content and attribute values: `& < > " '`.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// An element with escaped text content: `<p class="x">text</p>`.
    static func element(_ name: String, _ text: String, attributes: [(String, String)] = []) -> String {
        "<\(name)\(attributeText(attributes))>\(escape(text))</\(name)>"
    }

    /// ` a="1" b="2"` with escaped values.
    static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }
}
