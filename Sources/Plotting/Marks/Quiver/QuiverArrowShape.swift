import Foundation

/// The shape of quiver arrows, in units of the shaft width (matplotlib's `Quiver` head parameters).
public struct QuiverArrowShape: Hashable, Sendable {
    /// Head width as a multiple of the shaft width (matplotlib: 3).
    public var headWidth: Double
    /// Head length as a multiple of the shaft width (matplotlib: 5).
    public var headLength: Double
    /// Head length at the shaft intersection (matplotlib: 4.5); less than `headLength` sweeps the head back.
    public var headAxisLength: Double
    /// Length below which the arrow is scaled down as a whole, in units of the head length (matplotlib: 1).
    public var minShaft: Double
    /// Length below which a small hexagon (a dot) is drawn instead, in shaft widths (matplotlib: 1).
    public var minLength: Double

    /// matplotlib's default arrow shape.
    public init(
        headWidth: Double = 3, headLength: Double = 5, headAxisLength: Double = 4.5,
        minShaft: Double = 1, minLength: Double = 1
    ) {
        self.headWidth = headWidth
        self.headLength = headLength
        self.headAxisLength = headAxisLength
        self.minShaft = minShaft
        self.minLength = minLength
    }

    /// Checks every parameter is finite and non-negative (head sizes positive).
    func validate() throws {
        for (name, value) in [
            ("headWidth", headWidth), ("headLength", headLength),
            ("headAxisLength", headAxisLength),
        ] where !(value.isFinite && value > 0) {
            throw GridDataError.invalidParameter(name: name, value: value, allowed: "finite and > 0")
        }
        for (name, value) in [("minShaft", minShaft), ("minLength", minLength)] where !(value.isFinite && value >= 0) {
            throw GridDataError.invalidParameter(name: name, value: value, allowed: "finite and >= 0")
        }
    }

    /// The outline of an arrow of `length` shaft widths, tail at the origin pointing along +x, as a closed
    /// polygon (not repeating the first vertex) in shaft-width units, counter-clockwise in a y-up frame.
    ///
    /// Long arrows: a shaft of width 1 and a head `headWidth` wide, `headLength` long. Arrows shorter than
    /// `minShaft * headLength` are the shaftless arrow of that length scaled down; arrows shorter than
    /// `minLength` are a hexagon of diameter `minLength` centred on the tail (matplotlib's dot).
    package func outline(length rawLength: Double) -> [(x: Double, y: Double)] {
        let length = min(max(rawLength.isFinite ? rawLength : 0, 0), 65536)
        if length < minLength {
            return (0..<6).map { k in
                let a = Double(k) * Double.pi / 3
                return (0.5 * minLength * cos(a), 0.5 * minLength * sin(a))
            }
        }
        let minimum = minShaft * headLength
        let xs: [Double], scale: Double
        if length < minimum {
            // No shaft: the head of an arrow `minimum` long, shrunk to `length`.
            xs = [0, minimum - headAxisLength, minimum - headLength, minimum]
            scale = length / minimum
        } else {
            xs = [0, length - headAxisLength, length - headLength, length]
            scale = 1
        }
        let ys = [0.5, 0.5, 0.5 * headWidth, 0]
        // Lower half tail → tip, then the upper half tip → tail: counter-clockwise (y up).
        let lower = (0..<3).map { (xs[$0] * scale, -ys[$0] * scale) }
        let upper = (0..<3).reversed().map { (xs[$0] * scale, ys[$0] * scale) }
        return lower + [(xs[3] * scale, 0)] + upper
    }
}

/// matplotlib's automatic quiver sizes.
package enum QuiverAutoScale {
    /// matplotlib's automatic `scale` (with the default `units='width'`): vector units per axes width,
    /// `1.8 * mean|uv| * max(10, sqrt(N)) / span` with span = 1 axes width. `N` counts every arrow position,
    /// the mean is over the finite vectors. Nil when there is no finite vector.
    package static func scale(magnitudes: [Double], positionCount: Int) -> Double? {
        let finite = magnitudes.filter(\.isFinite)
        guard !finite.isEmpty else { return nil }
        let mean = finite.reduce(0, +) / Double(finite.count)
        let sn = max(10, Double(positionCount).squareRoot())
        return 1.8 * mean * sn
    }

    /// matplotlib's default shaft width as a fraction of the axes width: `0.06 / clip(sqrt(N), 8, 25)`.
    package static func width(positionCount: Int) -> Double {
        0.06 / min(max(Double(positionCount).squareRoot(), 8), 25)
    }
}
