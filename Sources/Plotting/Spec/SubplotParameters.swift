/// Where the grid of plot boxes sits in the figure, as fractions: matplotlib's `figure.subplot.*` defaults.
///
/// These place the plot boxes; a margin or gap grows only when ticks, labels or titles would otherwise be
/// clipped or overlap a neighbour.
public struct SubplotParameters: Hashable, Sendable {
    /// Left edge of the leftmost plot boxes (fraction of the figure width).
    public var left = 0.125
    /// Right edge of the rightmost plot boxes.
    public var right = 0.9
    /// Bottom edge of the lowest plot boxes (fraction of the height, from the bottom).
    public var bottom = 0.11
    /// Top edge of the highest plot boxes (from the bottom).
    public var top = 0.88
    /// Horizontal gap between plot boxes, as a fraction of the mean box width.
    public var wspace = 0.2
    /// Vertical gap between plot boxes, as a fraction of the mean box height.
    public var hspace = 0.2
    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        left: Double = 0.125, right: Double = 0.9, bottom: Double = 0.11, top: Double = 0.88,
        wspace: Double = 0.2, hspace: Double = 0.2
    ) {
        self.left = left
        self.right = right
        self.bottom = bottom
        self.top = top
        self.wspace = wspace
        self.hspace = hspace
    }
    /// matplotlib's defaults.
    public static let matplotlib = SubplotParameters()
}
