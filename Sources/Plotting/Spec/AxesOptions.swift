/// How an axes relates its x and y data units.
public enum Aspect: Hashable, Sendable {
    /// Fill the plot area; x and y are scaled independently.
    case auto
    /// One data unit is as long along x as along y: the plot box shrinks (centred) to keep the limits,
    /// like matplotlib's `set_aspect('equal')` with the default adjustable 'box'.
    case equal
}

/// Where the legend goes inside the axes.
public enum LegendPlacement: Hashable, Sendable, CaseIterable {
    /// matplotlib's `loc='best'`: the candidate position covering the fewest data points and line segments.
    case best
    /// Inside the top-right corner.
    case upperRight
    /// Inside the top-left corner.
    case upperLeft
    /// Inside the bottom-left corner.
    case lowerLeft
    /// Inside the bottom-right corner.
    case lowerRight
    /// At the right edge, centred vertically (matplotlib's 'right', the same place as 'center right').
    case right
    /// At the left edge, centred vertically.
    case centerLeft
    /// At the right edge, centred vertically.
    case centerRight
    /// At the bottom edge, centred horizontally.
    case lowerCenter
    /// At the top edge, centred horizontally.
    case upperCenter
    /// In the middle of the plot area.
    case center
    /// Outside the axes, on its right: the legend's upper-left corner at (1.02, 1) in axes fractions
    /// (matplotlib's `legend(bbox_to_anchor=(1.02, 1), loc='upper left', borderaxespad=0)`); the figure
    /// layout leaves room for it.
    case outsideRight
}

/// Which of the four axes spines (frame lines) are drawn.
public struct Spines: OptionSet, Hashable, Sendable {
    /// The set's bits (`OptionSet`).
    public let rawValue: Int
    /// The spines whose bits are set in `rawValue`.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// The left spine (the y axis line).
    public static let left = Spines(rawValue: 1)
    /// The right spine.
    public static let right = Spines(rawValue: 2)
    /// The top spine.
    public static let top = Spines(rawValue: 4)
    /// The bottom spine (the x axis line).
    public static let bottom = Spines(rawValue: 8)
    /// The full frame (matplotlib's default).
    public static let all: Spines = [.left, .right, .top, .bottom]
    /// Only the left and bottom spines.
    public static let leftBottom: Spines = [.left, .bottom]
}

/// Which grid lines an axes draws at its major ticks.
public struct GridLines: OptionSet, Hashable, Sendable {
    /// The set's bits (`OptionSet`).
    public let rawValue: Int
    /// The grid lines whose bits are set in `rawValue`.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Vertical lines at the x ticks.
    public static let x = GridLines(rawValue: 1)
    /// Horizontal lines at the y ticks.
    public static let y = GridLines(rawValue: 2)
    /// Lines at both axes' ticks.
    public static let both: GridLines = [.x, .y]
    /// No grid.
    public static let none: GridLines = []
}

/// Space around a rectangle, in points.
public struct EdgeInsets: Hashable, Sendable {
    /// Space on each side, in points.
    public var left: Double, right: Double, top: Double, bottom: Double
    /// Insets of the given sizes in points (0 where not given).
    public init(left: Double = 0, right: Double = 0, top: Double = 0, bottom: Double = 0) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
    }
    /// No space.
    public static let zero = EdgeInsets()
}

extension Rect {
    /// The rectangle grown by `insets` on each side.
    public func outset(by insets: EdgeInsets) -> Rect {
        Rect(
            x: x - insets.left, y: y - insets.top, width: width + insets.left + insets.right,
            height: height + insets.top + insets.bottom)
    }
    /// The rectangle shrunk by `insets` on each side.
    public func inset(by insets: EdgeInsets) -> Rect {
        Rect(
            x: x + insets.left, y: y + insets.top, width: width - insets.left - insets.right,
            height: height - insets.top - insets.bottom)
    }
    /// Whether `p` lies inside or on the edge.
    public func contains(_ p: Point) -> Bool { p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY }
    /// Whether the two rectangles overlap (touching edges do not count).
    public func intersects(_ r: Rect) -> Bool { minX < r.maxX && r.minX < maxX && minY < r.maxY && r.minY < maxY }
    /// The centre point.
    public var center: Point { Point(x + width / 2, y + height / 2) }
    /// The smallest rectangle holding both.
    package func union(_ r: Rect) -> Rect {
        let minX = min(self.minX, r.minX), minY = min(self.minY, r.minY)
        return Rect(x: minX, y: minY, width: max(maxX, r.maxX) - minX, height: max(maxY, r.maxY) - minY)
    }
}

extension EdgeInsets {
    /// How far `reach` sticks out of `frame` on each side (0 where it stays inside).
    package init(reach: Rect, outside frame: Rect) {
        self.init(
            left: max(0, frame.minX - reach.minX), right: max(0, reach.maxX - frame.maxX),
            top: max(0, frame.minY - reach.minY), bottom: max(0, reach.maxY - frame.maxY))
    }
}
