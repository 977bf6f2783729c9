import Foundation

/// A floating-point type the two-layer net can compute in: `Float` (fast training) or `Double` (gradient check).
/// Supplies the elementary functions and the BLAS matrix product for its precision.
public protocol TrainingScalar: BinaryFloatingPoint, SIMDScalar, Sendable, Codable, LosslessStringConvertible
where Self.RawSignificand: FixedWidthInteger {
    /// eˣ.
    static func exponential(_ x: Self) -> Self
    /// ln x.
    static func logarithm(_ x: Self) -> Self
    /// Writes `count` pixel bytes divided by 255 (the book's `normalize=True`) into `destination`.
    /// A plain loop over concrete types, which the compiler vectorises; generic conversions go lane by lane.
    static func normalisePixels(
        _ pixels: UnsafePointer<UInt8>, count: Int, into destination: UnsafeMutablePointer<Self>)
    /// Row-major `C = alpha · op(A) · op(B) + beta · C` through CBLAS (`sgemm` or `dgemm`).
    static func blasProduct(
        _ library: OpenBLASLibrary, _ p: ProductShape, alpha: Self, a: UnsafePointer<Self>, b: UnsafePointer<Self>,
        beta: Self, c: UnsafeMutablePointer<Self>)
}

extension Float: TrainingScalar {
    /// eˣ (Foundation's `exp`).
    public static func exponential(_ x: Float) -> Float { Foundation.exp(x) }
    /// ln x (Foundation's `log`).
    public static func logarithm(_ x: Float) -> Float { Foundation.log(x) }
    /// Pixel bytes divided by 255.
    public static func normalisePixels(
        _ pixels: UnsafePointer<UInt8>, count: Int, into destination: UnsafeMutablePointer<Float>
    ) {
        for index in 0..<count { destination[index] = Float(pixels[index]) / 255 }
    }
    /// The product through CBLAS `sgemm`.
    public static func blasProduct(
        _ library: OpenBLASLibrary, _ p: ProductShape, alpha: Float, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        beta: Float, c: UnsafeMutablePointer<Float>
    ) {
        library.sgemm(
            OpenBLASLibrary.rowMajor, p.cblasTransposeA, p.cblasTransposeB, Int32(p.m), Int32(p.n), Int32(p.k),
            alpha, a, Int32(p.lda), b, Int32(p.ldb), beta, c, Int32(p.ldc))
    }
}

extension Double: TrainingScalar {
    /// eˣ (Foundation's `exp`).
    public static func exponential(_ x: Double) -> Double { Foundation.exp(x) }
    /// ln x (Foundation's `log`).
    public static func logarithm(_ x: Double) -> Double { Foundation.log(x) }
    /// Pixel bytes divided by 255.
    public static func normalisePixels(
        _ pixels: UnsafePointer<UInt8>, count: Int, into destination: UnsafeMutablePointer<Double>
    ) {
        for index in 0..<count { destination[index] = Double(pixels[index]) / 255 }
    }
    /// The product through CBLAS `dgemm`.
    public static func blasProduct(
        _ library: OpenBLASLibrary, _ p: ProductShape, alpha: Double, a: UnsafePointer<Double>,
        b: UnsafePointer<Double>, beta: Double, c: UnsafeMutablePointer<Double>
    ) {
        library.dgemm(
            OpenBLASLibrary.rowMajor, p.cblasTransposeA, p.cblasTransposeB, Int32(p.m), Int32(p.n), Int32(p.k),
            alpha, a, Int32(p.lda), b, Int32(p.ldb), beta, c, Int32(p.ldc))
    }
}
