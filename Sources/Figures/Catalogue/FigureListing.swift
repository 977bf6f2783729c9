/// The text of `dlplot list`: one line per figure with its id, book number and one-line caption.
public enum FigureListing {
    /// Aligned columns: id, book number, caption in `language`.
    public static func text(language: Language, figures: [any FigureDefinition.Type] = Catalogue.figures) -> String {
        let idWidth = figures.map { $0.id.count }.max() ?? 0
        let bookWidth = figures.map { $0.book.short.count }.max() ?? 0
        return figures.map { figure in
            pad(figure.id, idWidth) + "  " + pad(figure.book.short, bookWidth) + "  " + figure.summary(language)
        }.map { $0 + "\n" }.joined()
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
