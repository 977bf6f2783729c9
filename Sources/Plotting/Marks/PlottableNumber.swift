/// A number a mark can plot: every standard integer and floating-point type, converted to `Double`.
///
/// Marks take `[Double]` and, through generic initialisers, any sequence of `PlottableNumber` values, so
/// `LineMark(x: Array(1...10), y: squares)` and `ScatterMark(x: floats, y: counts)` compile. Another
/// `BinaryInteger` or `BinaryFloatingPoint` type becomes plottable with an empty conformance
/// (`extension MyFixedPoint: PlottableNumber {}`); the conversion comes from the default implementations.
/// Integers beyond 2⁵³ are rounded to the nearest `Double`, as `Double(_:)` does.
public protocol PlottableNumber {
    /// The value as a `Double`.
    var plottedValue: Double { get }
}

extension PlottableNumber where Self: BinaryInteger {
    /// The integer converted to the nearest `Double`.
    public var plottedValue: Double { Double(self) }
}

extension PlottableNumber where Self: BinaryFloatingPoint {
    /// The value converted to `Double` (NaN and infinities kept).
    public var plottedValue: Double { Double(self) }
}

extension Int: PlottableNumber {}
extension Int8: PlottableNumber {}
extension Int16: PlottableNumber {}
extension Int32: PlottableNumber {}
extension Int64: PlottableNumber {}
extension UInt: PlottableNumber {}
extension UInt8: PlottableNumber {}
extension UInt16: PlottableNumber {}
extension UInt32: PlottableNumber {}
extension UInt64: PlottableNumber {}
extension Float: PlottableNumber {}
extension Double: PlottableNumber {}
#if arch(x86_64) || arch(i386)
extension Float80: PlottableNumber {}
#endif

extension Sequence where Element: PlottableNumber {
    /// The values as `Double`s, for the marks' generic initialisers.
    package var plottedValues: [Double] { map(\.plottedValue) }
}
