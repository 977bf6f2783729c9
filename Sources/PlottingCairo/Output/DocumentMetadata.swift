import Plotting

/// What a document says about itself: a title and a description, written into the file where readers,
/// search and screen readers look — the SVG's `<title>` and `<desc>`, the PDF's Title and Subject, the
/// PNG's "Title" and "Description" text chunks. Nothing here is drawn; the same metadata gives the same bytes.
public struct DocumentMetadata: Hashable, Sendable {
    /// The document's title; nil or empty writes none.
    public var title: String?
    /// A sentence or two describing the document; nil or empty writes none.
    public var description: String?

    /// Metadata with the given title and description (none by default).
    public init(title: String? = nil, description: String? = nil) {
        self.title = title
        self.description = description
    }

    /// The title as it is written: control characters (which XML, PDF text and PNG text refuse or show as
    /// boxes) become spaces; nil when there is no title.
    var writtenTitle: String? { Self.written(title) }
    /// The description as it is written (control characters as spaces, except line breaks); nil when there is none.
    var writtenDescription: String? { Self.written(description) }

    private static func written(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    let allowed = scalar == "\n" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
                    let noncharacter = scalar.value == 0xFFFE || scalar.value == 0xFFFF
                    return allowed && !noncharacter ? scalar : " "
                }))
    }
}

extension Figure {
    /// The figure's metadata: its title as plain text (markup's scripts inlined) and its caption.
    public var documentMetadata: DocumentMetadata {
        DocumentMetadata(title: title?.plainText, description: caption)
    }
}
