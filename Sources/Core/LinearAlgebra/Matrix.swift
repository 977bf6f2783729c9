/// A dense, row-major matrix of floating-point numbers with value semantics.
///
/// The element at row `r`, column `c` lives at `storage[r * columns + c]`. `storage` is public so that
/// fast paths (for example a BLAS product in another file) can work on the flat buffer directly.
/// Every operation returns a new matrix; no method mutates its receiver or its arguments unless it is
/// marked `mutating`.
///
/// Generic over `BinaryFloatingPoint`; the chapter's math uses `Matrix<Double>`.
public struct Matrix<Scalar: BinaryFloatingPoint & Sendable>: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements in row-major order; always exactly `rows * columns` long.
    public private(set) var storage: [Scalar]

    /// The shape as (rows, columns), for error messages and comparisons.
    public var shape: MatrixError.Shape { .init(rows: rows, columns: columns) }

    /// Number of elements, `rows * columns`.
    public var count: Int { storage.count }

    /// Creates a matrix whose elements all equal `value`.
    /// - Throws: ``MatrixError/invalidShape(rows:columns:)`` if a dimension is negative or the product overflows.
    public init(rows: Int, columns: Int, repeating value: Scalar) throws {
        let count = try Self.elementCount(rows: rows, columns: columns)
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: count)
    }

    /// Creates a matrix from row-major flat storage.
    /// - Throws: ``MatrixError/storageCountMismatch(expected:actual:)`` if `storage.count != rows * columns`.
    public init(rows: Int, columns: Int, storage: [Scalar]) throws {
        let count = try Self.elementCount(rows: rows, columns: columns)
        guard storage.count == count else {
            throw MatrixError.storageCountMismatch(expected: count, actual: storage.count)
        }
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// Creates a matrix from nested rows, `[[1, 2, 3], [4, 5, 6]]` being 2×3.
    ///
    /// An empty outer array gives a 0×0 matrix.
    /// - Throws: ``MatrixError/raggedRows(row:expected:actual:)`` if rows differ in length.
    public init(_ nestedRows: [[Scalar]]) throws {
        let columns = nestedRows.first?.count ?? 0
        for (index, row) in nestedRows.enumerated() where row.count != columns {
            throw MatrixError.raggedRows(row: index, expected: columns, actual: row.count)
        }
        try self.init(rows: nestedRows.count, columns: columns, storage: nestedRows.flatMap { $0 })
    }

    /// Creates a 1×n matrix holding `vector` as its only row.
    public init(rowVector vector: [Scalar]) {
        self.rows = 1
        self.columns = vector.count
        self.storage = vector
    }

    /// Creates a matrix with the given shape whose elements are `element(row, column)`.
    /// - Throws: ``MatrixError/invalidShape(rows:columns:)`` if a dimension is negative or the product overflows.
    public init(rows: Int, columns: Int, element: (Int, Int) throws -> Scalar) throws {
        let count = try Self.elementCount(rows: rows, columns: columns)
        var storage: [Scalar] = []
        storage.reserveCapacity(count)
        for r in 0..<rows {
            for c in 0..<columns {
                storage.append(try element(r, c))
            }
        }
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// Trusted initialiser for results whose shape the caller has already checked.
    init(uncheckedRows rows: Int, columns: Int, storage: [Scalar]) {
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    private static func elementCount(rows: Int, columns: Int) throws -> Int {
        guard rows >= 0, columns >= 0 else { throw MatrixError.invalidShape(rows: rows, columns: columns) }
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow else { throw MatrixError.invalidShape(rows: rows, columns: columns) }
        return count
    }

    /// The element at (`row`, `column`). Indices must be in range, as with `Array`.
    public subscript(row: Int, column: Int) -> Scalar {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            return storage[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            storage[row * columns + column] = newValue
        }
    }

    /// Gives `body` mutable access to the flat row-major storage (for in-place updates and C fast paths).
    /// The buffer's count is fixed, so the shape invariant always holds.
    public mutating func withUnsafeMutableStorage<Result>(
        _ body: (inout UnsafeMutableBufferPointer<Scalar>) throws -> Result
    ) rethrows -> Result {
        try storage.withUnsafeMutableBufferPointer(body)
    }

    /// The elements of row `index` as an array.
    /// - Throws: ``MatrixError/indexOutOfRange(index:count:)`` if `index` is not in `0..<rows`.
    public func row(_ index: Int) throws -> [Scalar] {
        guard index >= 0, index < rows else { throw MatrixError.indexOutOfRange(index: index, count: rows) }
        return Array(storage[(index * columns)..<((index + 1) * columns)])
    }

    /// The elements of column `index` as an array.
    /// - Throws: ``MatrixError/indexOutOfRange(index:count:)`` if `index` is not in `0..<columns`.
    public func column(_ index: Int) throws -> [Scalar] {
        guard index >= 0, index < columns else { throw MatrixError.indexOutOfRange(index: index, count: columns) }
        return (0..<rows).map { storage[$0 * columns + index] }
    }

    /// All rows as nested arrays.
    public var nestedRows: [[Scalar]] {
        (0..<rows).map { r in Array(storage[(r * columns)..<((r + 1) * columns)]) }
    }

    /// The transpose: element (r, c) of the result is element (c, r) of `self`.
    public var transposed: Matrix {
        var result = [Scalar](repeating: 0, count: storage.count)
        for r in 0..<rows {
            for c in 0..<columns {
                result[c * rows + r] = storage[r * columns + c]
            }
        }
        return Matrix(uncheckedRows: columns, columns: rows, storage: result)
    }
}
