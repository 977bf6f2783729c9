import Foundation

/// A distant light for shading surfaces, as matplotlib's `LightSource`.
public struct LightSource: Hashable, Sendable {
    /// Compass direction the light comes from, in degrees clockwise from north (+y).
    public var azimuth: Double
    /// Height of the light above the horizon, in degrees.
    public var altitude: Double
    /// A light from `azimuth` degrees (clockwise from north), `altitude` degrees above the horizon.
    public init(azimuth: Double, altitude: Double) {
        self.azimuth = azimuth
        self.altitude = altitude
    }

    /// mplot3d's default light for `shade=True` (azimuth 225°, altitude 19.4712°).
    public static let mplot3d = LightSource(azimuth: 225, altitude: 19.4712)

    /// The unit vector pointing towards the light.
    package var direction: Vector3 {
        let az = (90 - azimuth) * .pi / 180, alt = altitude * .pi / 180
        return Vector3(cos(az) * cos(alt), sin(az) * cos(alt), sin(alt))
    }

    /// The brightness factor (0.3...1) of a face with `normal`: matplotlib's mapping of the cosine between
    /// the normal and the light from -1...1 onto 0.3...1. A degenerate normal counts as a cosine of 0.
    package func brightness(normal: Vector3) -> Double {
        let n = normal.normalized
        let cosine = n.length > 0 && n.isFinite ? n.dot(direction) : 0
        return 0.3 + 0.7 * (cosine + 1) / 2
    }

    /// `color` darkened by the brightness for `normal` (alpha kept).
    package func shade(_ color: Color, normal: Vector3) -> Color {
        let k = brightness(normal: normal)
        return Color(red: color.red * k, green: color.green * k, blue: color.blue * k, alpha: color.alpha)
    }
}
