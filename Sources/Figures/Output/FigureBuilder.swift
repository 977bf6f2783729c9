import Plotting

/// Builds a catalogue figure from the user's parameter texts and the shared settings.
public enum FigureBuilder {
    /// Validates `given` against the figure's parameters, builds it, and applies the settings (title, size,
    /// dpi). Throws a `ParameterError` for bad input, or the figure's own error.
    public static func build(
        _ figure: any FigureDefinition.Type, given: [ParameterName: String] = [:],
        settings: FigureSettings = .defaults()
    ) throws -> FigureOutput {
        let values = try ParameterValues(for: figure, given: given)
        var output = try figure.build(values, language: settings.language)
        // The book's caption, written into the file (SVG <desc>, PDF Subject, PNG Description), not drawn.
        if output.figure.caption == nil { output.figure.caption = figure.caption(settings.language) }
        if let title = settings.title { output.figure.title = title.isEmpty ? nil : Label(title) }
        if let width = settings.width { output.figure.width = width }
        if let height = settings.height { output.figure.height = height }
        if let dpi = settings.dpi { output.figure.dpi = dpi }
        output.warnings += nothingToDrawWarnings(output.figure, figure: figure)
        return output
    }

    /// One warning per panel whose data is all NaN or infinite, naming the options that decide the values.
    static func nothingToDrawWarnings(_ drawn: Figure, figure: any FigureDefinition.Type) -> [String] {
        let options = figure.parameters.map(\.name).filter { [.f, .range, .step, .at, .lr, .`init`, .h].contains($0) }
        let advice = options.isEmpty ? "" : "; check " + options.map(\.flag).joined(separator: ", ")
        return drawn.panelsWithNothingToDraw.map { index in
            let place = drawn.panels.count == 1 ? "the figure" : "panel \(index + 1) of \(drawn.panels.count)"
            return
                "\(place) has nothing to draw: every computed value is NaN or infinite (or too few points are finite)\(advice)"
        }
    }
}
