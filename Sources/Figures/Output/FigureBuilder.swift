import Plotting

/// Builds a catalogue figure from the user's parameter texts and the shared settings.
public enum FigureBuilder {
    /// Validates `given` against the figure's parameters, builds it, and applies the settings (title, size,
    /// dpi). Throws a `ParameterError` for bad input, or the figure's own error.
    public static func build(_ figure: any FigureDefinition.Type, given: [ParameterName: String] = [:],
                             settings: FigureSettings = .defaults()) throws -> FigureOutput {
        let values = try ParameterValues(for: figure, given: given)
        var output = try figure.build(values, language: settings.language)
        if let title = settings.title { output.figure.title = title.isEmpty ? nil : title }
        if let width = settings.width { output.figure.width = width }
        if let height = settings.height { output.figure.height = height }
        if let dpi = settings.dpi { output.figure.dpi = dpi }
        return output
    }
}
