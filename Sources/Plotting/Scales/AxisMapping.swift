import Foundation

/// Maps data values along one axis to canvas coordinates: a scale, the data limits, and the canvas
/// positions of those limits. Pure and total: values it cannot show give NaN.
package struct AxisMapping: Sendable, Hashable {
    /// Linear or log.
    package let scale: Scale
    /// The data value shown at `start`.
    package let lower: Double
    /// The data value shown at `end`.
    package let upper: Double
    /// Canvas coordinate of `lower`.
    package let start: Double
    /// Canvas coordinate of `upper`.
    package let end: Double
    private let origin: Double
    private let factor: Double

    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    package init(scale: Scale, lower: Double, upper: Double, start: Double, end: Double) {
        self.scale = scale
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
        switch scale {
        case .linear:
            // Halves keep lower/upper near ±Double.greatestFiniteMagnitude from overflowing.
            origin = lower / 2
            let span = upper / 2 - lower / 2
            factor = span != 0 && span.isFinite ? (end - start) / span : 0
        case .log:
            origin = lower > 0 ? log10(lower) : 0
            let span = (upper > 0 ? log10(upper) : 1) - origin
            factor = span != 0 && span.isFinite ? (end - start) / span : 0
        }
    }

    /// The canvas coordinate of a data value (NaN if the scale cannot show it).
    @inline(__always)
    package func callAsFunction(_ v: Double) -> Double {
        switch scale {
        case .linear: return start + (v / 2 - origin) * factor
        case .log: return v > 0 ? start + (log10(v) - origin) * factor : .nan
        }
    }

    /// The data value at a canvas coordinate (the inverse mapping).
    package func value(at coordinate: Double) -> Double {
        guard factor != 0 else { return lower }
        let u = (coordinate - start) / factor + origin
        switch scale {
        case .linear: return u * 2
        case .log: return pow(10, u)
        }
    }
}
