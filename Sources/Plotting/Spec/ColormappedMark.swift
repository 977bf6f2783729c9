/// A 2-D mark coloured through a colour map, which a colour bar can describe.
public protocol ColormappedMark {
    /// The map and the data range it spans, or nil when the mark is not colour-mapped.
    var colorScale: (map: Colormap, range: ClosedRange<Double>)? { get }
}
