/// Why a ``Matrix`` could not be built or combined.
public enum MatrixError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A dimension was negative, or rows × columns does not fit in an `Int`.
    case invalidShape(rows: Int, columns: Int)
    /// The flat storage does not hold exactly rows × columns elements.
    case storageCountMismatch(expected: Int, actual: Int)
    /// The rows of a nested array do not all have the same length.
    case raggedRows(row: Int, expected: Int, actual: Int)
    /// Two operands have shapes that the operation cannot combine.
    case shapeMismatch(operation: String, left: Shape, right: Shape)
    /// A row or column index is outside the matrix.
    case indexOutOfRange(index: Int, count: Int)

    /// A matrix shape as (rows, columns).
    public struct Shape: Equatable, Sendable, CustomStringConvertible {
        /// Number of rows.
        public let rows: Int
        /// Number of columns.
        public let columns: Int
        /// Creates a shape.
        public init(rows: Int, columns: Int) {
            self.rows = rows
            self.columns = columns
        }
        /// `"2×3"`.
        public var description: String { "\(rows)×\(columns)" }
    }

    /// A one-line message naming the bad value and what is allowed.
    public var description: String {
        switch self {
        case let .invalidShape(rows, columns):
            return
                "invalid matrix shape \(rows)×\(columns): rows and columns must be ≥ 0 and their product must fit in Int"
        case let .storageCountMismatch(expected, actual):
            return "matrix storage has \(actual) elements; rows × columns requires exactly \(expected)"
        case let .raggedRows(row, expected, actual):
            return "row \(row) has \(actual) elements; every row must have \(expected) like row 0"
        case let .shapeMismatch(operation, left, right):
            return "cannot \(operation) a \(left) matrix and a \(right) matrix: shapes are incompatible"
        case let .indexOutOfRange(index, count):
            return "index \(index) is out of range: allowed 0..<\(count)"
        }
    }
}
