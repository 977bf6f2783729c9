extension Matrix {
    /// The matrix product `self · other` (numpy's `np.dot` for 2-D arrays), computed naively in Swift.
    ///
    /// Each element is summed left to right over the shared dimension, so results are deterministic.
    /// This is the reference implementation. A faster path can specialise it from another file: an
    /// `extension Matrix where Scalar == Double { public func dot(_ other: Matrix) throws -> Matrix }`
    /// (for example calling BLAS) is chosen at every call site where the scalar type is known to be
    /// `Double`, while generic code keeps this version; test it against ``naiveDot(_:)``.
    /// - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` unless `self.columns == other.rows`.
    public func dot(_ other: Matrix) throws -> Matrix {
        try naiveDot(other)
    }

    /// The matrix product by the textbook triple loop, in pure Swift: the reference every faster
    /// product is checked against.
    /// - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` unless `self.columns == other.rows`.
    public func naiveDot(_ other: Matrix) throws -> Matrix {
        guard columns == other.rows else {
            throw MatrixError.shapeMismatch(operation: "multiply", left: shape, right: other.shape)
        }
        let n = other.columns
        var result = [Scalar](repeating: 0, count: rows * n)
        for r in 0..<rows {
            for c in 0..<n {
                var sum: Scalar = 0
                for k in 0..<columns {
                    sum += storage[r * columns + k] * other.storage[k * n + c]
                }
                result[r * n + c] = sum
            }
        }
        return Matrix(uncheckedRows: rows, columns: n, storage: result)
    }

    /// The product of a row vector and this matrix, `vector · self`, as an array of `columns` elements.
    /// - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` unless `vector.count == rows`.
    public func leftMultiplied(by vector: [Scalar]) throws -> [Scalar] {
        try Matrix(rowVector: vector).dot(self).storage
    }
}
