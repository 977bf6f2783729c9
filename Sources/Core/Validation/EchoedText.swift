/// User text quoted back in an error message, cut so that a huge value (a 100 kB option, one character with
/// thousands of combining marks) cannot make the message huge. Counted in Unicode scalars.
package enum EchoedText {
    /// The most scalars of a value an error message quotes.
    package static let maximumScalars = 80

    /// `text` cut to its first `scalars` Unicode scalars, with `marker` appended when cut.
    package static func shortened(_ text: String, scalars: Int = maximumScalars, marker: String = "…") -> String {
        guard text.unicodeScalars.dropFirst(scalars).first != nil else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.prefix(scalars))
        return String(view) + marker
    }

    /// A library's message as a tool prints it after "dlplot <command>: ": its first word in lower case
    /// ("Axes: y limits …" → "axes: y limits …"), unless that word is an acronym ("PNG …" stays).
    package static func lowercasingFirstWord(_ message: String) -> String {
        guard let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true else {
            return message
        }
        return first.lowercased() + message.dropFirst()
    }
}
