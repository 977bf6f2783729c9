/// A whole figure: its size, resolution, optional title, and a grid of panels (usually `Axes`).
///
/// ```swift
/// let figure = Figure(panels: [axes])              // 6.4 × 4.8 in at 100 dpi: 640 × 480 px
/// try figure.draw(on: canvas)                      // canvas sized figure.sizeInPoints
/// ```
/// `draw(on:)` first validates everything (`validate()`), so nothing is drawn from a bad specification.
public struct Figure: Sendable {
    /// Width in inches.
    public var width: Double
    /// Height in inches.
    public var height: Double
    /// Raster resolution in dots per inch (vector output ignores it).
    public var dpi: Double
    /// The figure title above all panels (matplotlib's `suptitle`); also the document's title (SVG `<title>`,
    /// PDF Title, PNG "Title" text), as plain text.
    public var title: Label?
    /// A sentence or two describing the figure, not drawn: the document's description (SVG `<desc>`, PDF
    /// Subject, PNG "Description" text), for readers, search and screen readers.
    public var caption: String?
    /// Grid rows and columns; panels fill it row by row.
    public var rows: Int
    /// Grid columns.
    public var columns: Int
    /// The panels, filling the grid row by row.
    public var panels: [any Panel]
    /// Where each panel sits in the grid and how many cells it spans; nil fills the grid row by row, one
    /// cell per panel.
    public var placements: [GridPlacement]?
    /// Which axes the `Axes` panels share (same limits, inner labels hidden); none by default.
    public var sharedAxes: SharedAxes = .none
    /// Where the plot boxes sit (matplotlib's subplot parameters).
    public var subplotParameters: SubplotParameters
    /// Fonts, widths and colours (matplotlib's defaults).
    public var theme: Theme

    /// A figure; `rows`/`columns` default to one row holding all panels, filled row by row unless
    /// `placements` put each panel (and its span) in the grid.
    public init(
        width: Double = 6.4, height: Double = 4.8, dpi: Double = 100, title: Label? = nil,
        rows: Int? = nil, columns: Int? = nil, panels: [any Panel], placements: [GridPlacement]? = nil,
        sharedAxes: SharedAxes = .none, subplotParameters: SubplotParameters = .matplotlib,
        theme: Theme = .matplotlib
    ) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.title = title
        let count = max(1, panels.count)
        switch (rows, columns) {
        case let (r?, c?):
            self.rows = r
            self.columns = c
        case let (r?, nil):
            self.rows = r
            self.columns = r > 0 ? (count + r - 1) / r : 1
        case let (nil, c?):
            self.rows = c > 0 ? (count + c - 1) / c : 1
            self.columns = c
        case (nil, nil):
            self.rows = 1
            self.columns = count
        }
        self.panels = panels
        self.placements = placements
        self.sharedAxes = sharedAxes
        self.subplotParameters = subplotParameters
        self.theme = theme
    }

    /// A figure holding one panel.
    public init(
        _ panel: any Panel, width: Double = 6.4, height: Double = 4.8, dpi: Double = 100,
        title: Label? = nil, theme: Theme = .matplotlib
    ) {
        self.init(width: width, height: height, dpi: dpi, title: title, panels: [panel], theme: theme)
    }

    /// The canvas size in points (inches × 72).
    public var sizeInPoints: (width: Double, height: Double) { (width * 72, height * 72) }
    /// The raster size in pixels (inches × dpi, rounded).
    public var sizeInPixels: (width: Int, height: Int) {
        guard width.isFinite, height.isFinite, dpi.isFinite, width * dpi < 1e9, height * dpi < 1e9 else {
            return (0, 0)
        }
        return (Int((width * dpi).rounded()), Int((height * dpi).rounded()))
    }
    /// Device pixels per point for raster output (dpi / 72).
    public var pixelsPerPoint: Double { dpi / 72 }

    /// Throws a `PlotError` naming the first invalid value: size, dpi, raster size (`FigureLimits`), grid,
    /// panels, marks.
    public func validate() throws {
        switch FigureLimits.violation(width: width, height: height, dpi: dpi) {
        case nil: break
        case .width: throw PlotError("Figure: width \(width) in is not a positive finite number")
        case .height: throw PlotError("Figure: height \(height) in is not a positive finite number")
        case .dpi: throw PlotError("Figure: dpi \(dpi) is outside 0 < dpi ≤ \(Int(FigureLimits.maximumDPI))")
        case .pixelsPerSide(let w, let h):
            throw PlotError(
                "Figure: \(width) × \(height) in at \(dpi) dpi is \(FigureLimits.text(ofPixels: w)) × \(FigureLimits.text(ofPixels: h)) pixels; "
                    + "1 to \(FigureLimits.maximumPixelsPerSide) pixels a side are allowed")
        case .pixels(let w, let h):
            throw PlotError(
                "Figure: \(width) × \(height) in at \(dpi) dpi is \(Int(min(w * h / 1e6, 1e15))) megapixels; "
                    + "at most \(FigureLimits.maximumPixels / 1_000_000) are allowed")
        }
        guard rows >= 1, columns >= 1, rows <= 100, columns <= 100 else {
            throw PlotError("Figure: grid \(rows) × \(columns) is invalid; rows and columns must be 1…100")
        }
        if let placements {
            try GridPlacement.validate(placements, panels: panels.count, rows: rows, columns: columns)
        } else if panels.count > rows * columns {
            throw PlotError("Figure: \(panels.count) panels do not fit a \(rows) × \(columns) grid")
        }
        try theme.validate()
        for panel in panels { try (panel as? Validatable)?.validate() }
    }

    /// Validates, then draws the background, title and every panel onto `canvas` (sized `sizeInPoints`).
    public func draw(on canvas: Canvas) throws {
        try validate()
        let (w, h) = sizeInPoints
        canvas.fill(.rectangle(Rect(x: 0, y: 0, width: w, height: h)), color: theme.background)
        var shared = self
        shared.panels = panelsWithSharedAxes()
        let layout = FigureLayout(figure: shared, canvas: canvas)
        let placement = layout.place()
        if let title = placement.title { title.draw(on: canvas) }
        for (panel, slot) in zip(shared.panels, placement.slots) {
            if let boxed = panel as? PlotBoxPanel {
                try boxed.draw(plotBox: slot.plotBox, on: canvas, theme: theme)
            } else {
                try panel.draw(in: slot.cell, on: canvas, theme: theme)
            }
        }
    }
}
