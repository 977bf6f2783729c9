/// A field of arrows: at each position (x, y) an arrow for the vector (u, v), drawn as a filled polygon
/// (shaft and head) so heads stay in proportion at any size — matplotlib's `quiver`.
///
/// The data bounds are the arrow positions only (as in matplotlib); arrows may reach past them.
public struct QuiverMark: Mark, Validatable {
    /// How the arrow direction is chosen.
    public enum Angles: Hashable, Sendable {
        /// The direction of (u, v) in data space, as drawn by the axes (matplotlib's `angles="xy"`).
        case xy
        /// The direction of (u, v) on the screen, x to the right and y up, whatever the axes' scaling
        /// (matplotlib's default `angles="uv"`).
        case uv
    }

    /// How vector magnitudes become arrow lengths.
    public enum Scale: Hashable, Sendable {
        /// matplotlib's default: a number of vector units per axes width chosen from the mean
        /// magnitude and the number of arrows.
        case automatic
        /// `scale` vector units per axes width (matplotlib's numeric `scale` with the default `scale_units`).
        case perAxesWidth(Double)
        /// Arrows in data units: an arrow spans (u, v) / `scale` in data coordinates (matplotlib's
        /// `scale_units="xy"`; with `angles: .xy` and scale 1, an arrow joins (x, y) to (x+u, y+v)).
        case data(Double)
    }

    /// The arrows' x positions.
    public let x: [Double]
    /// The arrows' y positions.
    public let y: [Double]
    /// The vectors' x components.
    public let u: [Double]
    /// The vectors' y components.
    public let v: [Double]
    /// Fill colour of the arrows (matplotlib's default is black).
    public var color: Color
    /// How the arrow direction is chosen.
    public var angles: Angles
    /// How magnitudes become lengths.
    public var scale: Scale
    /// Shaft width as a fraction of the plot-area width; nil for matplotlib's default (from the number
    /// of arrows).
    public var width: Double?
    /// The head shape.
    public var shape: QuiverArrowShape
    /// The legend label, if any.
    public var label: Label?

    /// A problem found while flattening grid input, reported by `validate()`.
    private var inputProblem: PlotError?

    /// Arrows at the flat positions `x`, `y` with vectors `u`, `v` (all the same length). Input is checked
    /// by `validate()` (called by the figure before drawing).
    public init(
        x: [Double], y: [Double], u: [Double], v: [Double], color: Color = .black,
        angles: Angles = .uv, scale: Scale = .automatic, width: Double? = nil,
        shape: QuiverArrowShape = QuiverArrowShape(), label: Label? = nil
    ) {
        self.x = x
        self.y = y
        self.u = u
        self.v = v
        self.color = color
        self.angles = angles
        self.scale = scale
        self.width = width
        self.shape = shape
        self.label = label
    }

    /// Arrows on a grid: `gridX` gives the column coordinates and `gridY` the row coordinates (like numpy's
    /// `meshgrid`), `u[row][column]` and `v[row][column]` the vectors.
    public init(
        gridX x: [Double], gridY y: [Double], u: [[Double]], v: [[Double]], color: Color = .black,
        angles: Angles = .uv, scale: Scale = .automatic, width: Double? = nil,
        shape: QuiverArrowShape = QuiverArrowShape(), label: Label? = nil
    ) {
        self.init(
            x: y.flatMap { _ in x }, y: y.flatMap { yv in x.map { _ in yv } },
            u: u.flatMap { $0 }, v: v.flatMap { $0 }, color: color, angles: angles, scale: scale,
            width: width, shape: shape, label: label)
        for (name, rows) in [("quiver u", u), ("quiver v", v)] where inputProblem == nil {
            if rows.count != y.count {
                inputProblem = GridDataError.shapeMismatch(what: "\(name) rows", expected: y.count, actual: rows.count)
            } else if let row = rows.first(where: { $0.count != x.count }) {
                inputProblem = GridDataError.shapeMismatch(
                    what: "\(name) row length", expected: x.count, actual: row.count)
            }
        }
    }

    /// Throws when the arrays are empty or of different lengths, or a size parameter is invalid.
    public func validate() throws {
        if let inputProblem { throw inputProblem }
        guard !x.isEmpty else { throw GridDataError.empty(what: "quiver x") }
        for (name, array) in [("quiver y", y), ("quiver u", u), ("quiver v", v)] where array.count != x.count {
            throw GridDataError.shapeMismatch(what: "\(name) length", expected: x.count, actual: array.count)
        }
        switch scale {
        case .automatic: break
        case let .perAxesWidth(s), let .data(s):
            guard s.isFinite, s > 0 else {
                throw GridDataError.invalidParameter(name: "quiver scale", value: s, allowed: "finite and > 0")
            }
        }
        if let w = width, !(w.isFinite && w > 0) {
            throw GridDataError.invalidParameter(name: "quiver width", value: w, allowed: "finite and > 0")
        }
        try shape.validate()
    }

    /// The extent of the arrow positions (not of the arrows).
    public var dataBounds: DataBounds? { DataBounds.of(xs: x, ys: y) }
    /// False: arrows are `color`, black by default.
    public var usesColorCycle: Bool { false }

    /// Fills every arrow in one path; nothing for invalid input.
    public func draw(in context: MarkContext) {
        guard (try? validate()) != nil else { return }
        let path = arrowsPath(in: context)
        if !path.isEmpty { context.canvas.fill(path, color: color) }
    }

    /// All arrows as one path (one closed subpath per arrow, all wound the same way), in canvas points.
    package func arrowsPath(in context: MarkContext) -> Path {
        let area = context.plotArea
        let shaftWidth = (width ?? QuiverAutoScale.width(positionCount: x.count)) * area.width
        guard shaftWidth > 0 else { return Path() }
        let count = min(x.count, y.count, u.count, v.count)
        var magnitudes = zip(u, v).map(Self.magnitude)
        if case .automatic = scale, let largest = magnitudes.filter(\.isFinite).max(), largest > 1e300 {
            // Vectors near the largest Double: every magnitude times the same power of two (exact), so that
            // the mean and the automatic scale stay finite and the arrows keep their relative lengths.
            let factor = Double(sign: .plus, exponent: -largest.exponent, significand: 1)
            magnitudes = magnitudes.map { $0 * factor }
        }
        let autoScale: Double?
        switch scale {
        case .automatic: autoScale = QuiverAutoScale.scale(magnitudes: magnitudes, positionCount: x.count)
        case let .perAxesWidth(s): autoScale = s
        case .data: autoScale = nil
        }
        let eps = directionStep()
        var path = Path()
        for i in 0..<count {
            guard x[i].isFinite, y[i].isFinite, u[i].isFinite, v[i].isFinite else { continue }
            let tail = context.transform(x[i], y[i])
            guard tail.x.isFinite, tail.y.isFinite else { continue }
            var direction: (x: Double, y: Double)
            switch angles {
            case .uv: direction = (u[i], -v[i])
            case .xy:
                let ahead = context.transform(x[i] + eps * u[i], y[i] + eps * v[i])
                direction = (ahead.x - tail.x, ahead.y - tail.y)
            }
            var lengthPoints: Double
            if case let .data(s) = scale {
                let head = context.transform(x[i] + u[i] / s, y[i] + v[i] / s)
                lengthPoints = ((head.x - tail.x) * (head.x - tail.x) + (head.y - tail.y) * (head.y - tail.y))
                    .squareRoot()
            } else if let s = autoScale, s > 0 {
                lengthPoints = magnitudes[i] / s * area.width
            } else {
                lengthPoints = 0
            }
            if !lengthPoints.isFinite { continue }
            let norm = Self.magnitude(direction.x, direction.y)
            if norm > 0, norm.isFinite {
                direction = (direction.x / norm, direction.y / norm)
            } else {
                direction = (1, 0)
                lengthPoints = 0  // a zero vector: the dot
            }
            let outline = shape.outline(length: lengthPoints / shaftWidth)
            // Local +x along the arrow, local +y to its left on screen (canvas y grows downward).
            let points = outline.map { p in
                Point(
                    tail.x + (direction.x * p.x + direction.y * p.y) * shaftWidth,
                    tail.y + (direction.y * p.x - direction.x * p.y) * shaftWidth)
            }
            path.elements.append(.move(points[0]))
            for p in points.dropFirst() { path.elements.append(.line(p)) }
            path.elements.append(.close)
        }
        return path
    }

    /// The length of (u, v); finite for finite components whose squares overflow (scaled by the larger one).
    static func magnitude(_ u: Double, _ v: Double) -> Double {
        let plain = (u * u + v * v).squareRoot()
        guard !plain.isFinite, u.isFinite, v.isFinite else { return plain }
        let larger = max(abs(u), abs(v))
        return larger * ((u / larger) * (u / larger) + (v / larger) * (v / larger)).squareRoot()
    }

    /// A data-space step small against the positions' magnitudes, to find on-screen directions (matplotlib
    /// uses 0.001 of the largest absolute position coordinate).
    private func directionStep() -> Double {
        let largest = zip(x, y).reduce(0.0) { m, p in
            max(m, p.0.isFinite ? abs(p.0) : 0, p.1.isFinite ? abs(p.1) : 0)
        }
        return largest > 0 ? largest * 0.001 : 0.001
    }

    /// An arrow sample with the label, or nil without a label.
    public func legendEntry(cycleColor: Color, theme: Theme) -> LegendEntry? {
        guard let label else { return nil }
        let color = color, shape = shape
        return LegendEntry(label: label) { canvas, rect in
            let shaft = max(rect.height * 0.15, 0.5)
            let outline = shape.outline(length: rect.width / shaft)
            let start = Point(rect.minX, rect.minY + rect.height / 2)
            canvas.fill(
                Path.polygon(outline.map { Point(start.x + $0.x * shaft, start.y - $0.y * shaft) }), color: color)
        }
    }
}

extension QuiverMark: LegendObstacle {
    /// Each arrow's outline, so an automatically placed legend avoids the arrows.
    public func obstaclePolylines(in context: MarkContext) -> [[Point]] {
        guard (try? validate()) != nil else { return [] }
        var result: [[Point]] = []
        for element in arrowsPath(in: context).elements {
            switch element {
            case let .move(p): result.append([p])
            case let .line(p): result[result.count - 1].append(p)
            case .curve, .close: break
            }
        }
        return result
    }
}
