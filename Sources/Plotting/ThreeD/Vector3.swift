/// A point or direction in 3-D space.
public struct Vector3: Hashable, Sendable {
    /// The x coordinate.
    public var x: Double
    /// The y coordinate.
    public var y: Double
    /// The z coordinate (up).
    public var z: Double
    /// The vector (`x`, `y`, `z`).
    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The componentwise sum.
    public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
    /// The componentwise difference.
    public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
    /// The vector scaled by `s`.
    public static func * (s: Double, a: Vector3) -> Vector3 { Vector3(s * a.x, s * a.y, s * a.z) }
    /// The dot product.
    public func dot(_ b: Vector3) -> Double { x * b.x + y * b.y + z * b.z }
    /// The cross product.
    public func cross(_ b: Vector3) -> Vector3 { Vector3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x) }
    /// The Euclidean length.
    public var length: Double { dot(self).squareRoot() }
    /// The unit vector in the same direction (the zero vector stays zero).
    public var normalized: Vector3 { length > 0 ? (1 / length) * self : self }
    /// Whether every coordinate is finite.
    public var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }
    /// The coordinate along axis 0 (x), 1 (y) or 2 (z).
    public subscript(axis: Int) -> Double {
        get { axis == 0 ? x : axis == 1 ? y : z }
        set { if axis == 0 { x = newValue } else if axis == 1 { y = newValue } else { z = newValue } }
    }
}
