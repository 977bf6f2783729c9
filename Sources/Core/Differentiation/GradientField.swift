/// The numerical gradient of f(x0, x1) sampled on a grid: what a vector-field (quiver) plot needs.
///
/// Points are in numpy `meshgrid(...).flatten()` order: x0 varies fastest, so point k has
/// x0 = `x0Values[k % x0Values.count]` and x1 = `x1Values[k / x0Values.count]`.
public struct GradientField: Equatable, Sendable {
    /// The grid's x0 coordinates (columns).
    public let x0Values: [Double]
    /// The grid's x1 coordinates (rows).
    public let x1Values: [Double]
    /// x0 of every point, in grid order.
    public let x0: [Double]
    /// x1 of every point, in grid order.
    public let x1: [Double]
    /// ∂f/∂x0 at every point.
    public let dx0: [Double]
    /// ∂f/∂x1 at every point.
    public let dx1: [Double]

    /// The number of grid points, `x0Values.count * x1Values.count`.
    public var count: Int { x0.count }

    /// The largest grid accepted, in points.
    public static let maximumPointCount = 10_000_000

    /// Samples the gradient of `f` (a function of the point `[x0, x1]`) at every grid point with
    /// `numericalGradient(of:at:h:)`.
    ///
    /// The book's `gradient_2d.py` differentiates Σ x² over the whole flattened grid at once; computing
    /// each point on its own gives the same field (2·x0, 2·x1) without the rounding of a 324-term sum.
    /// - Throws: ``InvalidArgument`` if the grid has more than ``maximumPointCount`` points or `h` is invalid.
    public init(
        of f: ([Double]) throws -> Double, x0Values: [Double], x1Values: [Double],
        h: Double = defaultDifferenceStep
    ) throws {
        let (total, overflow) = x0Values.count.multipliedReportingOverflow(by: x1Values.count)
        guard !overflow, total <= Self.maximumPointCount else {
            throw InvalidArgument(
                name: "grid size", value: "\(x0Values.count)×\(x1Values.count)",
                allowed: "at most \(Self.maximumPointCount) points")
        }
        var x0: [Double] = [], x1: [Double] = [], dx0: [Double] = [], dx1: [Double] = []
        for b in x1Values {
            for a in x0Values {
                let gradient = try numericalGradient(of: f, at: [a, b], h: h)
                x0.append(a)
                x1.append(b)
                dx0.append(gradient[0])
                dx1.append(gradient[1])
            }
        }
        self.x0Values = x0Values
        self.x1Values = x1Values
        self.x0 = x0
        self.x1 = x1
        self.dx0 = dx0
        self.dx1 = dx1
    }
}
