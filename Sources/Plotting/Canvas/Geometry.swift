/// A point on the canvas, in points (1/72 inch), origin at the top-left corner, y growing downward.
public struct Point: Hashable, Sendable {
    /// Distance from the left edge, in points.
    public var x: Double
    /// Distance from the top edge, in points (growing downward).
    public var y: Double
    /// The point at (`x`, `y`).
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle on the canvas, in points.
public struct Rect: Hashable, Sendable {
    /// The left edge.
    public var x: Double
    /// The top edge.
    public var y: Double
    /// The width, in points.
    public var width: Double
    /// The height, in points.
    public var height: Double
    /// The rectangle whose top-left corner is (`x`, `y`).
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    /// The left edge (`x`).
    public var minX: Double { x }
    /// The top edge (`y`).
    public var minY: Double { y }
    /// The right edge (`x + width`).
    public var maxX: Double { x + width }
    /// The bottom edge (`y + height`).
    public var maxY: Double { y + height }
}
