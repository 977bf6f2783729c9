extension Matrix {
    /// Applies `transform` to every element.
    public func map(_ transform: (Scalar) throws -> Scalar) rethrows -> Matrix {
        Matrix(uncheckedRows: rows, columns: columns, storage: try storage.map(transform))
    }

    /// Combines corresponding elements of two equally shaped matrices.
    /// - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` if the shapes differ.
    public func combined(
        with other: Matrix, operation: String = "combine", _ combine: (Scalar, Scalar) throws -> Scalar
    ) throws -> Matrix {
        guard rows == other.rows, columns == other.columns else {
            throw MatrixError.shapeMismatch(operation: operation, left: shape, right: other.shape)
        }
        var result = storage
        for i in result.indices {
            result[i] = try combine(storage[i], other.storage[i])
        }
        return Matrix(uncheckedRows: rows, columns: columns, storage: result)
    }

    /// Element-wise sum. - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` if shapes differ.
    public static func + (lhs: Matrix, rhs: Matrix) throws -> Matrix {
        try lhs.combined(with: rhs, operation: "add", +)
    }

    /// Element-wise difference. - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` if shapes differ.
    public static func - (lhs: Matrix, rhs: Matrix) throws -> Matrix {
        try lhs.combined(with: rhs, operation: "subtract", -)
    }

    /// Element-wise (Hadamard) product; for the matrix product use ``dot(_:)``.
    /// - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` if shapes differ.
    public static func * (lhs: Matrix, rhs: Matrix) throws -> Matrix {
        try lhs.combined(with: rhs, operation: "multiply element-wise", *)
    }

    /// Element-wise quotient. - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` if shapes differ.
    public static func / (lhs: Matrix, rhs: Matrix) throws -> Matrix {
        try lhs.combined(with: rhs, operation: "divide element-wise", /)
    }

    /// Every element multiplied by `scalar`.
    public static func * (scalar: Scalar, matrix: Matrix) -> Matrix {
        matrix.map { scalar * $0 }
    }

    /// Every element multiplied by `scalar`.
    public static func * (matrix: Matrix, scalar: Scalar) -> Matrix {
        matrix.map { $0 * scalar }
    }

    /// Every element divided by `scalar`.
    public static func / (matrix: Matrix, scalar: Scalar) -> Matrix {
        matrix.map { $0 / scalar }
    }

    /// Every element plus `scalar`.
    public static func + (matrix: Matrix, scalar: Scalar) -> Matrix {
        matrix.map { $0 + scalar }
    }

    /// Every element minus `scalar`.
    public static func - (matrix: Matrix, scalar: Scalar) -> Matrix {
        matrix.map { $0 - scalar }
    }

    /// Every element negated.
    public static prefix func - (matrix: Matrix) -> Matrix {
        matrix.map { -$0 }
    }

    /// Adds `vector` to every row (numpy broadcasting of a 1-D bias over a batch).
    /// - Throws: ``MatrixError/shapeMismatch(operation:left:right:)`` unless `vector.count == columns`.
    public func addingToEachRow(_ vector: [Scalar]) throws -> Matrix {
        guard vector.count == columns else {
            throw MatrixError.shapeMismatch(
                operation: "add a row vector to", left: shape, right: .init(rows: 1, columns: vector.count))
        }
        var result = storage
        for r in 0..<rows {
            for c in 0..<columns {
                result[r * columns + c] += vector[c]
            }
        }
        return Matrix(uncheckedRows: rows, columns: columns, storage: result)
    }
}
