/// Where a panel sits in a figure's grid: its top-left cell and how many rows and columns it spans
/// (matplotlib's `GridSpec` slices, `fig.add_subplot(gs[0, :])`).
public struct GridPlacement: Hashable, Sendable {
    /// The first row (0 at the top).
    public var row: Int
    /// The first column (0 at the left).
    public var column: Int
    /// How many rows the panel covers (at least 1).
    public var rowSpan: Int
    /// How many columns the panel covers (at least 1).
    public var columnSpan: Int
    /// A panel at (`row`, `column`) covering `rowSpan` × `columnSpan` cells.
    public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1) {
        self.row = row
        self.column = column
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
    }

    /// The last row covered.
    public var lastRow: Int { row + rowSpan - 1 }
    /// The last column covered.
    public var lastColumn: Int { column + columnSpan - 1 }

    /// The placements of `count` panels filling a grid of `columns` columns row by row, one cell each.
    static func rowMajor(count: Int, columns: Int) -> [GridPlacement] {
        (0..<count).map { GridPlacement(row: $0 / max(columns, 1), column: $0 % max(columns, 1)) }
    }

    /// Throws a `PlotError` for placements outside a `rows` × `columns` grid or covering a cell twice.
    static func validate(_ placements: [GridPlacement], panels: Int, rows: Int, columns: Int) throws {
        guard placements.count == panels else {
            throw PlotError("Figure: \(placements.count) placements for \(panels) panels; give one per panel")
        }
        var owner = [Int?](repeating: nil, count: rows * columns)
        for (index, p) in placements.enumerated() {
            guard p.row >= 0, p.column >= 0, p.rowSpan >= 1, p.columnSpan >= 1, p.rowSpan <= rows,
                p.columnSpan <= columns, p.row <= rows - p.rowSpan, p.column <= columns - p.columnSpan
            else {
                throw PlotError(
                    "Figure: panel \(index) at row \(p.row), column \(p.column) spanning \(p.rowSpan) × \(p.columnSpan) "
                        + "is outside the \(rows) × \(columns) grid; rows 0…\(rows - 1) and columns 0…\(columns - 1) are allowed"
                )
            }
            for r in p.row...p.lastRow {
                for c in p.column...p.lastColumn {
                    if let other = owner[r * columns + c] {
                        throw PlotError(
                            "Figure: panels \(other) and \(index) both cover row \(r), column \(c); spans must not overlap"
                        )
                    }
                    owner[r * columns + c] = index
                }
            }
        }
    }
}

/// Which axes the 2-D panels of a figure share (matplotlib's `subplots(sharex=True, sharey=True)`).
public struct SharedAxes: OptionSet, Hashable, Sendable {
    /// The set's bits (`OptionSet`).
    public let rawValue: Int
    /// The axes whose bits are set in `rawValue`.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Every `Axes` panel gets the same x limits; x tick labels and x labels show only on the bottom row.
    public static let x = SharedAxes(rawValue: 1)
    /// Every `Axes` panel gets the same y limits; y tick labels and y labels show only on the first column.
    public static let y = SharedAxes(rawValue: 2)
    /// Both.
    public static let both: SharedAxes = [.x, .y]
    /// Neither (the default).
    public static let none: SharedAxes = []
}
