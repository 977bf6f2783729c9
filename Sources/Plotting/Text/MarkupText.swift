/// Text made safe for XML-family markup — Pango markup in labels, HTML in reports: `& < > " '` become
/// entities, so the result can go into element content and into attribute values in either kind of quotes.
/// `'` is written `&#39;`, which HTML, XML and Pango all read (HTML 4 lacks `&apos;`).
package enum MarkupText {
    /// `text` with its markup-special characters as entities.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
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
}
