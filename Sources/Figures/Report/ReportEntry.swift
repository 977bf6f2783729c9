/// One figure as the report shows it: the catalogue entry, its drawn size, and any warnings from drawing it.
public struct ReportEntry: Sendable {
    public let figure: any FigureDefinition.Type
    /// The raster size in pixels (for the `img` element's width and height).
    public let pixelWidth: Int
    public let pixelHeight: Int
    /// Warnings from building the figure with its defaults.
    public let warnings: [String]

    public init(figure: any FigureDefinition.Type, pixelWidth: Int, pixelHeight: Int, warnings: [String] = []) {
        self.figure = figure
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.warnings = warnings
    }
}
