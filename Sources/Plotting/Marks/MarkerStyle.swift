import Foundation

/// The shape of a point marker.
public enum MarkerShape: Hashable, Sendable, CaseIterable {
    /// "o": a filled circle.
    case circle
    /// "s": a filled square.
    case square
    /// "^": a filled triangle pointing up.
    case triangleUp
    /// "v": a filled triangle pointing down.
    case triangleDown
    /// "D": a filled diamond.
    case diamond
    /// "+": unfilled, drawn with the edge colour.
    case plus
    /// "x": unfilled, drawn with the edge colour.
    case cross

    /// Whether the shape has an inside to fill.
    package var isFilled: Bool { self != .plus && self != .cross }
}

/// How point markers look. Sizes follow matplotlib's `markersize`: the marker's nominal width in points.
public struct MarkerStyle: Hashable, Sendable {
    /// The marker shape.
    public var shape: MarkerShape
    /// Nominal size in points (circle diameter, square side); nil uses `theme.markerSize` (6 pt).
    public var size: Double?
    /// Fill colour; nil uses the mark's colour.
    public var fill: Color?
    /// Edge colour; nil uses the mark's colour.
    public var edge: Color?
    /// Edge width in points (matplotlib's `markeredgewidth`, 1 pt).
    public var edgeWidth: Double

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(
        _ shape: MarkerShape = .circle, size: Double? = nil, fill: Color? = nil, edge: Color? = nil,
        edgeWidth: Double = 1.0
    ) {
        self.shape = shape
        self.size = size
        self.fill = fill
        self.edge = edge
        self.edgeWidth = edgeWidth
    }

    /// The outline of one marker centred at `c`, `size` points wide.
    package static func path(_ shape: MarkerShape, at c: Point, size: Double) -> Path {
        let r = size / 2
        switch shape {
        case .circle:
            return .circle(center: c, radius: r)
        case .square:
            return .rectangle(Rect(x: c.x - r, y: c.y - r, width: size, height: size))
        case .triangleUp:
            return .polygon([Point(c.x, c.y - r), Point(c.x - r, c.y + r), Point(c.x + r, c.y + r)])
        case .triangleDown:
            return .polygon([Point(c.x, c.y + r), Point(c.x + r, c.y - r), Point(c.x - r, c.y - r)])
        case .diamond:
            // matplotlib's "D": a square of side `size` turned 45°.
            let d = r * 2.squareRoot()
            return .polygon([Point(c.x, c.y - d), Point(c.x + d, c.y), Point(c.x, c.y + d), Point(c.x - d, c.y)])
        case .plus:
            return Path([
                .move(Point(c.x - r, c.y)), .line(Point(c.x + r, c.y)),
                .move(Point(c.x, c.y - r)), .line(Point(c.x, c.y + r)),
            ])
        case .cross:
            return Path([
                .move(Point(c.x - r, c.y - r)), .line(Point(c.x + r, c.y + r)),
                .move(Point(c.x - r, c.y + r)), .line(Point(c.x + r, c.y - r)),
            ])
        }
    }

    /// Draws markers at `points` (already on the canvas) in one fill and one stroke.
    package func draw(at points: [Point], color: Color, theme: Theme, on canvas: Canvas) {
        guard !points.isEmpty else { return }
        let s = max(0, size ?? theme.markerSize)
        var path = Path()
        for p in points where p.x.isFinite && p.y.isFinite {
            path.elements.append(contentsOf: Self.path(shape, at: p, size: s).elements)
        }
        guard !path.isEmpty else { return }
        if shape.isFilled { canvas.fill(path, color: fill ?? color) }
        if edgeWidth > 0 {
            canvas.stroke(path, style: StrokeStyle(color: edge ?? color, width: edgeWidth, cap: .butt, join: .miter))
        }
    }
}
