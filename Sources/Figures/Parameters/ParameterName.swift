/// The names of every per-figure parameter, shared by all figures so that `--lr` or `--range` mean the same
/// kind of thing everywhere. A figure declares which of them it uses (`FigureDefinition.parameters`); the
/// command line offers exactly those as `--<name>` options.
///
/// Adding a parameter: a case here, and an `@Option` line in the CLI's `FigureCommand`.
public enum ParameterName: String, CaseIterable, Sendable, Hashable, Comparable {
    /// A user expression: `--f "x0^2 + x1^2"`.
    case f
    /// A learning rate, or a list of them.
    case lr
    /// A number of gradient-descent steps.
    case steps
    /// A starting point `-3,4`.
    case `init`
    /// Points at which something is drawn (tangents, marks).
    case at
    /// An interval `lo,hi` (the sampled or plotted range).
    case range
    /// A sampling step.
    case step
    /// The step h of a difference quotient.
    case h
    /// A weight of simpleNet's W, as `row,column`.
    case weight
    /// The elevation of a 3-D view, in degrees.
    case elevation
    /// The azimuth of a 3-D view, in degrees.
    case azimuth
    /// A training series file (`dlplot train --out FILE.json`) for the training figures.
    case series
    /// How many of the first iterations a zoomed panel shows.
    case first
    /// How an axes relates its x and y units: `auto` (fill the plot box) or `equal`.
    case aspect

    /// The command-line spelling: `--lr`.
    public var flag: String { "--" + rawValue }

    public static func < (a: ParameterName, b: ParameterName) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
