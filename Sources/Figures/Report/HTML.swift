import Plotting

/// Small helpers for writing HTML text safely.
enum HTML {
    /// Text escaped for element content and attribute values: `& < > " '` (see `MarkupText`).
    static func escape(_ text: String) -> String { MarkupText.escape(text) }

    /// An element with escaped text content: `<p class="x">text</p>`.
    static func element(_ name: String, _ text: String, attributes: [(String, String)] = []) -> String {
        "<\(name)\(attributeText(attributes))>\(escape(text))</\(name)>"
    }

    /// ` a="1" b="2"` with escaped values.
    static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }
}
