/// A 3-D bounding box of data.
public struct DataBounds3D: Hashable, Sendable {
    /// The extent along x.
    public var x: ClosedRange<Double>
    /// The extent along y.
    public var y: ClosedRange<Double>
    /// The extent along z.
    public var z: ClosedRange<Double>
    /// The box spanning the three ranges.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, z: ClosedRange<Double>) {
        self.x = x
        self.y = y
        self.z = z
    }
    /// The smallest box holding both.
    public func union(_ o: DataBounds3D) -> DataBounds3D {
        DataBounds3D(
            x: min(x.lowerBound, o.x.lowerBound)...max(x.upperBound, o.x.upperBound),
            y: min(y.lowerBound, o.y.lowerBound)...max(y.upperBound, o.y.upperBound),
            z: min(z.lowerBound, o.z.lowerBound)...max(z.upperBound, o.z.upperBound))
    }
    /// The box of the finite points among `points`, or nil if none.
    public static func of(_ points: [Vector3]) -> DataBounds3D? {
        var b: DataBounds3D?
        for p in points where p.isFinite {
            let q = DataBounds3D(x: p.x...p.x, y: p.y...p.y, z: p.z...p.z)
            b = b.map { $0.union(q) } ?? q
        }
        return b
    }
}

/// One flat piece of a 3-D scene, in data coordinates: a filled polygon or a polyline.
public struct Primitive3D: Sendable {
    /// What the primitive draws.
    public enum Kind: Sendable {
        /// A closed polygon filled with `fill`, optionally outlined.
        case polygon(fill: Color, edge: StrokeStyle?)
        /// An open polyline.
        case polyline(StrokeStyle)
    }
    /// What the primitive draws, and with what colour and stroke.
    public var kind: Kind
    /// The vertices, all finite.
    public var points: [Vector3]
    /// A primitive of `kind` through `points` (data coordinates).
    public init(kind: Kind, points: [Vector3]) {
        self.kind = kind
        self.points = points
    }
}

/// Something drawn inside an `Axes3D`: a surface, a wireframe, …
///
/// A 3-D mark is a value that turns into flat primitives; the axes projects every primitive of every mark,
/// sorts them by mean depth and draws them back to front (the painter's algorithm), so vector output stays
/// vector.
public protocol Mark3D: Sendable {
    /// The data extent, or nil when the mark has no finite point.
    var dataBounds3D: DataBounds3D? { get }
    /// The primitives to draw. `cycleColor` is the axes' next cycle colour for marks without their own.
    func primitives(theme: Theme, cycleColor: Color) -> [Primitive3D]
    /// Throws when the mark's input cannot be drawn (called before anything is drawn).
    func validate() throws
}
