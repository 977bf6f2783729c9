/// Core: the math of chapter 4 of *Deep Learning from Scratch* in pure Swift.
public enum CoreInfo {
    /// The version of dlplot.
    public static let version = "0.4.0"
}
