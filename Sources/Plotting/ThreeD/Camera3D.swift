import Foundation

/// The kind of 3-D projection.
public enum Projection3D: Hashable, Sendable {
    /// mplot3d's default perspective, with its focal length (1 = a 90° field of view).
    case perspective(focalLength: Double)
    /// Parallel projection (mplot3d's `proj_type="ortho"`).
    case orthographic
}

/// A point after projection: screen coordinates (x to the right, y up, in mplot3d's projected units,
/// about -0.1...0.1 across the box) and a depth that grows away from the viewer.
package struct ProjectedPoint: Hashable, Sendable {
    package var x: Double
    package var y: Double
    package var depth: Double
}

/// mplot3d's camera: the data box scaled to a 4:4:3 world box, seen from `elevation`/`azimuth` at distance
/// 10 through a perspective (focal length 1 by default) or orthographic projection — the same matrices as
/// matplotlib's `Axes3D.get_proj`, so a point lands where matplotlib puts it.
package struct Camera3D: Sendable {
    /// Data limits along x, y and z.
    package let limits: [ClosedRange<Double>]
    package let elevation: Double
    package let azimuth: Double
    package let projection: Projection3D
    /// The world box (mplot3d's default box aspect 4:4:3, scaled as matplotlib does).
    package let box: Vector3
    /// Unit vectors of the view: right, up, towards the viewer (in world coordinates).
    package let right: Vector3, up: Vector3, towardViewer: Vector3
    private let eye: Vector3

    /// mplot3d's camera distance.
    package static let distance = 10.0
    /// mplot3d's default box: (4, 4, 3) scaled to length 1.8294640721620434 × 25/24.
    package static let defaultBox: Vector3 = {
        let scale = 1.8294640721620434 * 25 / 24 / 41.0.squareRoot()
        return Vector3(4 * scale, 4 * scale, 3 * scale)
    }()

    /// A camera on the data box `limits` (three ranges: x, y, z; any other count means the unit cube);
    /// angles in degrees.
    package init(
        limits: [ClosedRange<Double>], elevation: Double = 30, azimuth: Double = -60,
        projection: Projection3D = .perspective(focalLength: 1), box: Vector3 = Camera3D.defaultBox
    ) {
        self.limits = limits.count == 3 ? limits : [0...1, 0...1, 0...1]
        self.elevation = elevation
        self.azimuth = azimuth
        self.projection = projection
        self.box = box
        let el = elevation * .pi / 180, az = azimuth * .pi / 180
        let direction = Vector3(cos(el) * cos(az), cos(el) * sin(az), sin(el))
        towardViewer = direction
        // cross(vertical, w), normalised; written out so that it stays defined looking straight down.
        right = Vector3(-sin(az), cos(az), 0)
        up = direction.cross(right)
        let centre = 0.5 * box
        switch projection {
        case let .perspective(f): eye = centre + (Self.distance * f) * direction
        case .orthographic: eye = centre + Self.distance * direction
        }
    }

    /// A data point in world coordinates (the data box mapped onto `box`).
    package func world(_ p: Vector3) -> Vector3 {
        func scaled(_ v: Double, _ r: ClosedRange<Double>, _ size: Double) -> Double {
            // Halves: the same numbers, and no overflow when the span is wider than the largest Double.
            FiniteArithmetic.fraction(v, from: r.lowerBound, to: r.upperBound).map { $0 * size } ?? 0.5 * size
        }
        return Vector3(scaled(p.x, limits[0], box.x), scaled(p.y, limits[1], box.y), scaled(p.z, limits[2], box.z))
    }

    /// Projects a data point (matplotlib's `proj_transform` with `Axes3D.M`).
    package func project(_ p: Vector3) -> ProjectedPoint {
        let d = world(p) - eye
        let xv = right.dot(d), yv = up.dot(d), zv = towardViewer.dot(d)
        switch projection {
        case let .perspective(f):
            // mplot3d's perspective matrix with zfront = -10, zback = 10.
            return ProjectedPoint(x: f * xv / -zv, y: f * yv / -zv, depth: Self.distance / zv)
        case .orthographic:
            return ProjectedPoint(x: xv / Self.distance, y: yv / Self.distance, depth: -zv / Self.distance)
        }
    }

    /// The projected-coordinate window mplot3d shows in its square axes: -0.095...0.09 on both axes.
    package static let viewWindow: ClosedRange<Double> = (-0.95 / distance)...(0.9 / distance)
}
