/// The part of a user's expression an error message shows: at most `shownScalars` Unicode scalars around the
/// offending column, with "…" where the expression was cut, and where the caret goes under it. Columns count
/// characters (grapheme clusters), as the lexer does; the budget counts scalars, so a character carrying
/// thousands of combining marks cannot make the message long.
struct ExpressionEcho {
    /// The most scalars of the expression shown.
    static let shownScalars = EchoedText.maximumScalars
    /// The most scalars of a name, number or character quoted inside a message.
    static let quotedScalars = 40

    /// What is shown, with "…" at a cut end.
    let text: String
    /// Spaces before the caret: the column's place in `text`.
    let caretOffset: Int

    /// The window of `expression` around `column` (1-based, in characters; one past the end for "the end").
    init(_ expression: String, column: Int) {
        let characters = Array(expression)
        let target = min(max(column - 1, 0), characters.count)
        var budget = Self.shownScalars
        var first = target, end = target
        if target < characters.count {
            let own = characters[target].unicodeScalars.count
            end = target + 1
            budget -= min(own, budget)
        }
        // Grow the window one character at a time, right then left, while the budget allows.
        var grew = true
        while grew {
            grew = false
            if end < characters.count, characters[end].unicodeScalars.count <= budget {
                budget -= characters[end].unicodeScalars.count
                end += 1
                grew = true
            }
            if first > 0, characters[first - 1].unicodeScalars.count <= budget {
                budget -= characters[first - 1].unicodeScalars.count
                first -= 1
                grew = true
            }
        }
        var pieces = characters[first..<end].map(String.init)
        if target < characters.count {
            // The offending character, cut to the budget if it alone is longer.
            pieces[target - first] = EchoedText.shortened(
                pieces[target - first], scalars: Self.shownScalars, marker: "")
        }
        text = (first > 0 ? "…" : "") + pieces.joined() + (end < characters.count ? "…" : "")
        caretOffset = (first > 0 ? 1 : 0) + (target - first)
    }
}
