import Foundation

/// The numbers a figure draws, as one table: a header row and rows of numbers (what `--data FILE.csv` writes).
///
/// Series of different kinds go in "long" form with a column naming the series (for example `lr` in the
/// learning-rates table), so one CSV always has one column per variable.
public struct DataTable: Sendable, Hashable {
    /// The column names.
    public let columns: [String]
    /// The values, column by column (stored by column: a million-row table stays a few flat arrays).
    public private(set) var values: [[Double]]

    /// The number of rows.
    public var rowCount: Int { values.first?.count ?? 0 }

    /// The rows; each has one value per column.
    public var rows: [[Double]] { (0..<rowCount).map { row(at: $0) } }

    /// Row `index`: one value per column.
    public func row(at index: Int) -> [Double] { values.map { $0[index] } }

    /// An empty table with the given columns.
    public init(columns: [String]) {
        self.columns = columns
        self.values = columns.map { _ in [] }
    }

    /// A table from whole columns of equal length (longer columns are cut to the shortest).
    public init(columns: [(name: String, values: [Double])]) {
        self.columns = columns.map(\.name)
        let count = columns.map(\.values.count).min() ?? 0
        self.values = columns.map { Array($0.values.prefix(count)) }
    }

    /// Appends one row; it must have one value per column.
    public mutating func append(_ row: [Double]) {
        precondition(row.count == columns.count, "a row of \(row.count) values for \(columns.count) columns")
        for (column, value) in row.enumerated() { values[column].append(value) }
    }

    /// The table as CSV (RFC 4180, "\n" line ends): a header, then one line per row. Numbers are written in
    /// Swift's shortest round-trip form (`0.1`, `1e-10`); non-finite values as `nan`, `inf`, `-inf`, which
    /// numpy and pandas read back.
    public var csv: String {
        var text = columns.map(Self.quote).joined(separator: ",") + "\n"
        for index in 0..<rowCount {
            text += values.map { Self.number($0[index]) }.joined(separator: ",") + "\n"
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
