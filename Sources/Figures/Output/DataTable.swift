import Foundation

/// The numbers a figure draws, as one table: a header row and rows of numbers (what `--data FILE.csv` writes).
///
/// Series of different kinds go in "long" form with a column naming the series (for example `lr` in the
/// learning-rates table), so one CSV always has one column per variable.
public struct DataTable: Sendable, Hashable {
    /// The column names.
    public let columns: [String]
    /// The rows; each has one value per column.
    public private(set) var rows: [[Double]]

    /// An empty table with the given columns.
    public init(columns: [String]) { self.columns = columns; self.rows = [] }

    /// A table from whole columns of equal length.
    public init(columns: [(name: String, values: [Double])]) {
        self.columns = columns.map(\.name)
        let count = columns.map(\.values.count).min() ?? 0
        self.rows = (0..<count).map { i in columns.map { $0.values[i] } }
    }

    /// Appends one row; it must have one value per column.
    public mutating func append(_ row: [Double]) {
        precondition(row.count == columns.count, "a row of \(row.count) values for \(columns.count) columns")
        rows.append(row)
    }

    /// The table as CSV (RFC 4180, "\n" line ends): a header, then one line per row. Numbers are written in
    /// Swift's shortest round-trip form (`0.1`, `1e-10`); non-finite values as `nan`, `inf`, `-inf`, which
    /// numpy and pandas read back.
    public var csv: String {
        var text = columns.map(Self.quote).joined(separator: ",") + "\n"
        for row in rows {
            text += row.map(Self.number).joined(separator: ",") + "\n"
        }
        return text
    }

    private static func number(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
