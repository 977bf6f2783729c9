/// One figure as the report shows it: the catalogue entry, its drawn size, any warnings from drawing it, and
/// the files of its animation when it has one.
public struct ReportEntry: Sendable {
    public let figure: any FigureDefinition.Type
    /// The raster size in pixels (for the `img` element's width and height).
    public let pixelWidth: Int
    public let pixelHeight: Int
    /// Warnings from building the figure with its defaults.
    public let warnings: [String]
    /// File names of the figure's animation beside the page, e.g. `["gradient-descent.gif",
    /// "gradient-descent.html"]`: a GIF or WebP is shown beside the still figure, an HTML file is linked as the
    /// player, any other file as a download. Empty for a figure without animation.
    public let animations: [String]
    /// The animation's frame size in pixels (nil: the still's), for its `img` element.
    public let animationPixelSize: (width: Int, height: Int)?

    /// An entry; `animations` lists the animation's files (none by default).
    public init(
        figure: any FigureDefinition.Type, pixelWidth: Int, pixelHeight: Int, warnings: [String] = [],
        animations: [String] = []
    ) {
        self.figure = figure
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.warnings = warnings
        self.animations = animations
        self.animationPixelSize = nil
    }

    private init(_ entry: ReportEntry, animations: [String], size: (width: Int, height: Int)?) {
        figure = entry.figure
        pixelWidth = entry.pixelWidth
        pixelHeight = entry.pixelHeight
        warnings = entry.warnings
        self.animations = animations
        animationPixelSize = size
    }

    /// The same entry with `files` as its animation's files (see `animations`), its frames `size` pixels (nil:
    /// the still's size).
    public func withAnimations(_ files: [String], size: (width: Int, height: Int)? = nil) -> ReportEntry {
        ReportEntry(self, animations: files, size: size)
    }
}
