import Core

/// The entity tag of a rendered figure. Rendering is deterministic, so the tag is computed from the request
/// alone, before anything is drawn: dlplot's version, the id, the format and the canonical (sorted) query.
enum FigureETag {
    /// `"` + 32 hex digits of SHA-256 + `"`.
    static func tag(id: String, format: FigureFormat, canonical: [(name: String, value: String)]) -> String {
        var text = "dlplot \(CoreInfo.version)\n\(id).\(format.rawValue)\n"
        for (name, value) in canonical { text += "\(name)=\(value.utf8.count):\(value)\n" }
        return "\"" + String(SHA256.hex(Array(text.utf8)).prefix(32)) + "\""
    }

    /// Whether an `If-None-Match` header value names `tag` (a list of tags, weak ones allowed, or `*`).
    static func matches(_ header: String?, tag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { candidate in
            var token = candidate.drop { $0 == " " || $0 == "\t" }
            while token.last == " " || token.last == "\t" { token = token.dropLast() }
            if token.hasPrefix("W/") { token = token.dropFirst(2) }
            return token == "*" || token == tag[...]
        }
    }
}
