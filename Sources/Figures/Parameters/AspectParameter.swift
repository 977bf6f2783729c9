import Plotting

/// `--aspect auto|equal` for the figures of f(x0, x1) seen from above (4-9, 4-10).
///
/// The default is the book's: its scripts never set an aspect, so matplotlib's 'auto' lets the axes fill the
/// figure's subplot box. `equal` makes one unit as long on x0 as on x1 (circles look round, arrows point
/// truly), shrinking the box as matplotlib's `set_aspect('equal')` does.
enum AspectParameter {
    /// The declaration, default `auto`.
    static let spec = ParameterSpec(
        .aspect, .choice(["auto", "equal"]), default: "auto",
        help: "auto fills the plot area as the book's script does; equal makes one unit as long on x0 as on x1.")

    /// The aspect chosen.
    static func value(_ values: ParameterValues) -> Aspect {
        values.choice(.aspect) == "equal" ? .equal : .auto
    }
}
