/// A straight line y = slope · x + intercept, used for the tangent of a curve (the book's `tangent_line`).
public struct TangentLine: Equatable, Sendable {
    /// The slope d.
    public let slope: Double
    /// The intercept f(x0) − d · x0.
    public let intercept: Double

    /// A line with the given slope and intercept.
    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }

    /// The tangent of `f` at `x0`: slope by ``numericalDerivative(of:at:h:scheme:)``, intercept f(x0) − d · x0,
    /// as the book computes it.
    /// - Throws: ``InvalidArgument`` if `h` is invalid; rethrows errors of `f`.
    public init(
        tangentTo f: (Double) throws -> Double, at x0: Double,
        h: Double = defaultDifferenceStep, scheme: DifferenceScheme = .central
    ) throws {
        let slope = try numericalDerivative(of: f, at: x0, h: h, scheme: scheme)
        self.init(slope: slope, intercept: try f(x0) - slope * x0)
    }

    /// The line's value at `x`: slope · x + intercept.
    public func callAsFunction(_ x: Double) -> Double {
        slope * x + intercept
    }
}
