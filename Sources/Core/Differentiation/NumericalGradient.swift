/// The numerical gradient of f: Rⁿ → R at `point`, element by element, exactly as the book's
/// `numerical_gradient`: for each i, set x_i + h, evaluate, set x_i − h, evaluate, restore x_i, and take
/// (f₊ − f₋) / 2h. `point` itself is never changed (the function works on its own copy).
///
/// For x0² + x1² it gives [6.00000000000378, 7.999999999999119] at (3, 4), [0, 4.000000000004] at (0, 2)
/// and [6.000000000012662, 0] at (3, 0).
/// - Throws: ``InvalidArgument`` if `h` is not a finite number > 0; rethrows errors of `f`.
public func numericalGradient(
    of f: ([Double]) throws -> Double, at point: [Double], h: Double = defaultDifferenceStep
) throws -> [Double] {
    let h = try InvalidArgument.requirePositiveFinite(h, name: "difference step h")
    var x = point
    var gradient = [Double](repeating: 0, count: x.count)
    for index in x.indices {
        let saved = x[index]
        x[index] = saved + h
        let forward = try f(x)
        x[index] = saved - h
        let backward = try f(x)
        gradient[index] = (forward - backward) / (2 * h)
        x[index] = saved
    }
    return gradient
}

/// The numerical gradient of a function of a matrix (a weight matrix), element by element in row-major
/// order like numpy's `nditer`; the result has the shape of `point`. `point` is never changed.
/// - Throws: ``InvalidArgument`` if `h` is invalid; rethrows errors of `f`.
public func numericalGradient(
    of f: (Matrix<Double>) throws -> Double, at point: Matrix<Double>, h: Double = defaultDifferenceStep
) throws -> Matrix<Double> {
    let gradient = try numericalGradient(
        of: { flat in
            try f(Matrix(uncheckedRows: point.rows, columns: point.columns, storage: flat))
        }, at: point.storage, h: h)
    return Matrix(uncheckedRows: point.rows, columns: point.columns, storage: gradient)
}
