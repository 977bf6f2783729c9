/// An invalid plot specification: a one-line message naming the bad value and what is allowed.
///
/// Marks and panels are built with non-throwing initialisers; their input is checked by `validate()`,
/// which `Figure.validate()` and `Figure.draw(on:)` call for every panel and mark before anything is drawn.
public struct PlotError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message, for example "LineMark: x has 3 values but y has 4; they must have the same length".
    public let message: String
    /// Creates the value; marks check their input in `validate()` (see `PlotError`).
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
