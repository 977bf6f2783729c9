import Plotting

/// The language of a figure's labels, legends and titles.
public enum Language: String, CaseIterable, Sendable, Hashable {
    /// Korean, the language of the book's edition (the default).
    case ko
    /// English.
    case en
}

/// A piece of text in Korean and in English.
public struct LocalizedText: Sendable, Hashable {
    /// The Korean text.
    public let ko: String
    /// The English text.
    public let en: String

    /// Text given in both languages.
    public init(ko: String, en: String) {
        self.ko = ko
        self.en = en
    }

    /// The same text in both languages (symbols such as "x" or "f(x)").
    public init(_ both: String) {
        self.ko = both
        self.en = both
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .ko: return ko
        case .en: return en
        }
    }

    /// The text in `language` as a figure label, drawn as typed.
    public func label(_ language: Language) -> Label { Label(self(language)) }
}
