package extension StringProtocol {
    /// The text without leading and trailing spaces (how option values and tolerance texts are read).
    var trimmingSpaces: String { trimming { $0 == " " } }

    /// The text without leading and trailing spaces and tabs (HTTP's optional whitespace around a field value).
    var trimmingSpacesAndTabs: String { trimming { $0 == " " || $0 == "\t" } }

    /// The text without the leading and trailing characters for which `isTrimmed` holds.
    func trimming(while isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(self[first...last])
    }
}
