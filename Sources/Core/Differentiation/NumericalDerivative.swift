/// How a numerical derivative approximates the slope.
public enum DifferenceScheme: String, Sendable, CaseIterable {
    /// (f(x + h) − f(x − h)) / 2h — the book's `numerical_diff`, error O(h²).
    case central
    /// (f(x + h) − f(x)) / h — the "bad" first attempt of section 4.3.1, error O(h).
    case forward
}

/// The book's step for numerical differentiation, h = 1e-4.
public let defaultDifferenceStep = 1e-4

/// The numerical derivative of `f` at `x`.
///
/// With the defaults this is the book's `numerical_diff`: for f(x) = 0.01x² + 0.1x it gives
/// 0.1999999999990898 at x = 5 and 0.2999999999986347 at x = 10, bit for bit.
/// A tiny forward step such as h = 1e-50 shows the rounding failure of section 4.3.1: x + h == x,
/// so the result is 0.
/// - Throws: ``InvalidArgument`` if `h` is not a finite number > 0; rethrows errors of `f`.
public func numericalDerivative(
    of f: (Double) throws -> Double, at x: Double,
    h: Double = defaultDifferenceStep, scheme: DifferenceScheme = .central
) throws -> Double {
    let h = try InvalidArgument.requirePositiveFinite(h, name: "difference step h")
    switch scheme {
    case .central:
        return (try f(x + h) - f(x - h)) / (2 * h)
    case .forward:
        return (try f(x + h) - f(x)) / h
    }
}

/// The partial derivative ∂f/∂x_i of `f` at `point` by central differences, holding the other
/// coordinates fixed (section 4.3.3). At (3, 4) for x0² + x1² it gives 6.00000000000378 (i = 0) and
/// 7.999999999999119 (i = 1).
/// - Throws: ``InvalidArgument`` if `coordinate` is not an index of `point` or `h` is invalid.
public func partialDerivative(
    of f: ([Double]) throws -> Double, at point: [Double], coordinate: Int,
    h: Double = defaultDifferenceStep
) throws -> Double {
    let index = try InvalidArgument.requireIndex(coordinate, count: point.count, name: "coordinate")
    var moved = point
    return try numericalDerivative(
        of: { value in
            moved[index] = value
            return try f(moved)
        }, at: point[index], h: h)
}
