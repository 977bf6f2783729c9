/// A mark whose edges automatic limits stop at instead of adding margins (matplotlib's sticky edges, as
/// an image has), and which may ask for an axis to run backwards when its limits are automatic.
public protocol StickyEdgesMark {
    /// The edges the automatic limits may not extend past (when the data ends there); nil for none.
    var stickyBounds: DataBounds? { get }
    /// Whether the x axis should run right to left (when the axes does not say).
    var invertsX: Bool { get }
    /// Whether the y axis should run downward (when the axes does not say).
    var invertsY: Bool { get }
}
