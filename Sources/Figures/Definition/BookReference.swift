/// Where a figure belongs in *Deep Learning from Scratch* (Korean edition, chapters 3 and 4).
public struct BookReference: Sendable, Hashable {
    /// The section, e.g. "4.4.1".
    public let section: String
    /// The figure number as printed ("4-10"), or nil for a figure the book only describes in words.
    public let figure: String?

    /// A reference to a section and, if the book prints one, a figure number.
    public init(section: String, figure: String? = nil) {
        self.section = section
        self.figure = figure
    }

    /// "Fig. 4-10, §4.4.1" or "§4.4.1, text" (Korean: "그림 4-10, 4.4.1절", "4.4.1절 본문").
    public func label(_ language: Language) -> String {
        switch (figure, language) {
        case (let figure?, .ko): return "그림 \(figure), \(section)절"
        case (let figure?, .en): return "Fig. \(figure), §\(section)"
        case (nil, .ko): return "\(section)절 본문"
        case (nil, .en): return "§\(section), text"
        }
    }

    /// A short form for listings: "4-10" or "§4.4.1".
    public var short: String { figure ?? "§" + section }
}
