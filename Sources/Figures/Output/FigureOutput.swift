import Plotting

/// What building a figure gives: the figure to draw, the numbers it draws, and warnings for the reader
/// (a learning rate that diverged …).
public struct FigureOutput: Sendable {
    /// The figure, ready to draw.
    public var figure: Figure
    /// The series drawn, for `--data FILE.csv`.
    public var data: DataTable
    /// Things the reader should know about the result, one line each ("lr 10 diverged after 3 steps; …").
    public var warnings: [String]

    /// An output with no warnings unless given.
    public init(figure: Figure, data: DataTable, warnings: [String] = []) {
        self.figure = figure
        self.data = data
        self.warnings = warnings
    }
}
