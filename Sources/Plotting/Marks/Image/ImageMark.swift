/// An image in an axes, matplotlib's `imshow`: a 2-D grid of values through a colour map (a heatmap), or
/// RGBA pixels, drawn as one picture (no seams between cells in PNG, SVG or PDF).
///
/// ```swift
/// Axes(aspect: .equal) {
///     ImageMark(values: [[1, 2, 3], [4, 5, 6]], annotations: CellAnnotations(decimals: 0))
/// }
/// ```
/// As in matplotlib, row 0 is at the top (`origin: .upper`) and cell (row i, column j) is centred on
/// (x j, y i), the y axis then running downward; `extent` places the image elsewhere. Automatic limits stop
/// at the image's edges (no margins). NaN cells are transparent. At most `ImageMark.maximumCells` cells.
/// matplotlib's `imshow` also makes the axes' aspect equal; here that is the axes' choice (`aspect: .equal`),
/// and a colour bar for the image is `Axes.colorbar`.
public struct ImageMark: Mark, Validatable {
    /// The grid of values, row by row (nil when the image is given as `pixels`).
    public var values: [[Double]]?
    /// RGBA pixels (nil when the image is given as `values`).
    public var pixels: ImagePixels?
    /// The colour map for `values` (matplotlib's default: viridis).
    public var colormap: Colormap
    /// A colour map by name ("viridis", "gray", "coolwarm_r", …; see `Colormap.named`); when set it
    /// replaces `colormap`, and `validate()` rejects a name that does not exist.
    public var colormapName: String?
    /// The value drawn with the map's first colour; nil takes the smallest finite value (matplotlib's `vmin`).
    public var vmin: Double?
    /// The value drawn with the map's last colour; nil takes the largest finite value (`vmax`).
    public var vmax: Double?
    /// How the cells are resampled on the canvas.
    public var interpolation: ImageInterpolation
    /// Whether row 0 is at the top (`.upper`, matplotlib's default) or the bottom (`.lower`).
    public var origin: ImageOrigin
    /// Where the image's edges are in data coordinates; nil for matplotlib's default (cell centres on
    /// whole numbers).
    public var extent: ImageExtent?
    /// The value printed in each cell, if given (a grid of values only).
    public var annotations: CellAnnotations?

    /// The largest grid drawn: 16,777,216 cells (4096 × 4096). Its RGBA raster is 64 MiB; a larger grid is
    /// refused by `validate()` rather than drawn with unbounded memory (downsample it first).
    public static let maximumCells = 16_777_216
    /// The most cells along one side (Cairo's image surface limit).
    public static let maximumSide = 32767
    /// The most cells `annotations` may print (one label each).
    public static let maximumAnnotatedCells = 10_000

    /// An image of `values` (rows of equal length) through a colour map.
    public init(
        values: [[Double]], colormap: Colormap = .viridis, vmin: Double? = nil, vmax: Double? = nil,
        interpolation: ImageInterpolation = .nearest, origin: ImageOrigin = .upper, extent: ImageExtent? = nil,
        annotations: CellAnnotations? = nil
    ) {
        self.values = values
        self.pixels = nil
        self.colormap = colormap
        self.vmin = vmin
        self.vmax = vmax
        self.interpolation = interpolation
        self.origin = origin
        self.extent = extent
        self.annotations = annotations
    }

    /// An image of `values` through the colour map called `colormapName` (checked by `validate()`).
    public init(
        values: [[Double]], colormapName: String, vmin: Double? = nil, vmax: Double? = nil,
        interpolation: ImageInterpolation = .nearest, origin: ImageOrigin = .upper, extent: ImageExtent? = nil,
        annotations: CellAnnotations? = nil
    ) {
        self.init(
            values: values, vmin: vmin, vmax: vmax, interpolation: interpolation, origin: origin, extent: extent,
            annotations: annotations)
        self.colormapName = colormapName
    }

    /// An image of RGBA pixels (matplotlib's `imshow` of an M × N × 4 array).
    public init(
        pixels: ImagePixels, interpolation: ImageInterpolation = .nearest, origin: ImageOrigin = .upper,
        extent: ImageExtent? = nil
    ) {
        self.values = nil
        self.pixels = pixels
        self.colormap = .viridis
        self.interpolation = interpolation
        self.origin = origin
        self.extent = extent
    }

    /// Rows and columns of the image (0 × 0 when it has none).
    public var gridSize: (rows: Int, columns: Int) {
        if let pixels { return (max(0, pixels.height), max(0, pixels.width)) }
        return (values?.count ?? 0, values?.first?.count ?? 0)
    }

    /// The edges in force: `extent`, or matplotlib's default for `origin`.
    public var resolvedExtent: ImageExtent {
        if let extent { return extent }
        let (rows, columns) = gridSize
        let r = Double(rows) - 0.5, c = Double(columns) - 0.5
        return origin == .upper
            ? ImageExtent(left: -0.5, right: c, bottom: r, top: -0.5)
            : ImageExtent(left: -0.5, right: c, bottom: -0.5, top: r)
    }

    /// The colour map in force: the named one when `colormapName` names one, else `colormap`.
    public var resolvedColormap: Colormap {
        colormapName.flatMap { try? Colormap.named($0) } ?? colormap
    }

    /// The value range mapped onto the colour map: `vmin`/`vmax`, else the finite values' extremes.
    /// Nil for RGBA pixels or a grid without a finite value.
    public var valueRange: ClosedRange<Double>? {
        guard let values else { return nil }
        var low = Double.infinity, high = -Double.infinity
        if vmin == nil || vmax == nil {
            for row in values {
                for v in row where v.isFinite {
                    low = Swift.min(low, v)
                    high = Swift.max(high, v)
                }
            }
        }
        let a = vmin ?? low, b = vmax ?? high
        guard a.isFinite, b.isFinite, a <= b else { return nil }
        return a...b
    }

    /// The image's rectangle in data units (automatic limits stop at it: see `StickyEdgesMark`).
    public var dataBounds: DataBounds? {
        let e = resolvedExtent
        return DataBounds(
            xMin: Swift.min(e.left, e.right), xMax: Swift.max(e.left, e.right),
            yMin: Swift.min(e.bottom, e.top), yMax: Swift.max(e.bottom, e.top))
    }
    /// An image keeps its own colours.
    public var usesColorCycle: Bool { false }
    /// Images have no legend entry.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? { nil }
}

/// Which end of the image's rows is at the top: matplotlib's `origin`.
public enum ImageOrigin: Hashable, Sendable {
    /// Row 0 at the top (matplotlib's default; with the default extent the y axis runs downward).
    case upper
    /// Row 0 at the bottom.
    case lower
}

/// Where an image's outer edges are, in data coordinates (matplotlib's `extent=(left, right, bottom, top)`).
/// The row of `origin` is drawn at `top` (`.upper`) or `bottom` (`.lower`); when `bottom > top` (or
/// `left > right`) and the limits are automatic, the axis runs the other way, as in matplotlib.
public struct ImageExtent: Hashable, Sendable {
    /// The x of the first column's outer edge.
    public var left: Double
    /// The x of the last column's outer edge.
    public var right: Double
    /// The y of the lower edge.
    public var bottom: Double
    /// The y of the upper edge.
    public var top: Double
    /// An extent from its four edges.
    public init(left: Double, right: Double, bottom: Double, top: Double) {
        self.left = left
        self.right = right
        self.bottom = bottom
        self.top = top
    }
}
