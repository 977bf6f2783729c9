/// Text shown in a figure — a title, an axis label, a legend entry, an annotation: drawn exactly as typed
/// unless markup is asked for.
///
/// A string literal (or interpolation) is literal text, so `Axes(title: "loss_history_v2.csv")` shows the
/// file name, underscores and all. Ask for dlplot's small TeX-like markup (`x_0`, `e^{-x}`, `\alpha`; see
/// `LabelMarkup`) with `.markup(…)`:
///
/// ```swift
/// Axes(title: "loss_history_v2.csv", xLabel: .markup("x_0"), yLabel: .markup("f(x_0, x_1)"))
/// let name: String = fileName
/// Axes(title: Label(name))  // a String value: wrap it (literal), or Label.markup(name)
/// ```
public struct Label: Hashable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// How `source` is read.
    public enum Kind: Hashable, Sendable {
        /// Every character drawn as typed.
        case literal
        /// `source` is dlplot's label markup (`LabelMarkup`).
        case markup
    }

    /// The text as given: literal text, or the markup source.
    public var source: String
    /// How `source` is read.
    public var kind: Kind

    /// Literal text, drawn exactly as typed.
    public init(_ text: String) {
        source = text
        kind = .literal
    }

    /// Literal text from a string literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// Literal text from a string interpolation (`"lr = \(rate)"`).
    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }

    /// Text in dlplot's label markup: `x_0` and `x^{2}` as sub- and superscripts, `\alpha` as α (see `LabelMarkup`).
    /// Invalid markup (unbalanced braces, a trailing `_` or `^`) is drawn as typed.
    public static func markup(_ source: String) -> Label {
        var label = Label(source)
        label.kind = .markup
        return label
    }

    /// Whether the label has no text (nothing is drawn for it).
    public var isEmpty: Bool { source.isEmpty }

    /// The label as plain Unicode text: literal text as is, markup with its scripts inlined.
    public var plainText: String {
        switch kind {
        case .literal: source
        case .markup: LabelMarkup.plainText(source)
        }
    }

    /// The plain text (`plainText`).
    public var description: String { plainText }

    /// Pango markup for the label drawn at `fontSize` points: literal text escaped, markup translated.
    package func pangoMarkup(fontSize: Double) -> String {
        switch kind {
        case .literal: MarkupText.escape(source)
        case .markup: LabelMarkup.pango(source, fontSize: fontSize)
        }
    }
}
