/// The shape of a row-major matrix product `C (m × n) = op(A) (m × k) · op(B) (k × n)`, where `op` is the
/// identity or the transpose, and each matrix has a leading dimension (its row stride in memory).
public struct ProductShape: Sendable, Equatable {
    /// Whether `A` is stored as `k × m` and used transposed.
    public var transposeA: Bool
    /// Whether `B` is stored as `n × k` and used transposed.
    public var transposeB: Bool
    /// Rows of `C`.
    public var m: Int
    /// Columns of `C`.
    public var n: Int
    /// The inner dimension.
    public var k: Int
    /// Row stride of `A` as stored.
    public var lda: Int
    /// Row stride of `B` as stored.
    public var ldb: Int
    /// Row stride of `C`.
    public var ldc: Int

    /// A product of densely stored matrices (leading dimensions equal to their column counts as stored).
    public init(transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int) {
        self.transposeA = transposeA
        self.transposeB = transposeB
        self.m = m
        self.n = n
        self.k = k
        lda = max(transposeA ? m : k, 1)
        ldb = max(transposeB ? k : n, 1)
        ldc = max(n, 1)
    }

    /// The product restricted to rows `rows` of C, with the element offsets of that part in A and C.
    package func slice(rows: Range<Int>) -> (shape: ProductShape, aOffset: Int, cOffset: Int) {
        var part = self
        part.m = rows.count
        return (part, transposeA ? rows.lowerBound : rows.lowerBound * lda, rows.lowerBound * ldc)
    }

    var cblasTransposeA: Int32 { OpenBLASLibrary.transpose(transposeA) }
    var cblasTransposeB: Int32 { OpenBLASLibrary.transpose(transposeB) }
}

/// Which implementation computes the training's matrix products.
public enum ProductKernel: String, Sendable, CaseIterable, Codable {
    /// OpenBLAS through CBLAS (`sgemm`/`dgemm`, loaded at run time by `OpenBLASLibrary`), one BLAS thread
    /// (see `BLASThreads`); the Swift kernel when OpenBLAS is not installed.
    case blas
    /// The register-blocked SIMD kernel in plain Swift (`BlockedProduct`).
    case swift

    /// `C = alpha · op(A) · op(B) + beta · C` with this kernel.
    package func multiply<Scalar: TrainingScalar>(
        _ shape: ProductShape, alpha: Scalar = 1, a: UnsafePointer<Scalar>, b: UnsafePointer<Scalar>,
        beta: Scalar = 0, c: UnsafeMutablePointer<Scalar>
    ) {
        guard shape.m > 0, shape.n > 0 else { return }
        switch self {
        case .blas:
            if let library = OpenBLASLibrary.shared {
                Scalar.blasProduct(library, shape, alpha: alpha, a: a, b: b, beta: beta, c: c)
            } else {
                BlockedProduct.multiply(shape, alpha: alpha, a: a, b: b, beta: beta, c: c)
            }
        case .swift: BlockedProduct.multiply(shape, alpha: alpha, a: a, b: b, beta: beta, c: c)
        }
    }
}

/// OpenBLAS's own thread pool. Training runs it with one thread so the result cannot depend on how OpenBLAS
/// splits work between threads; the evaluation parallelises over fixed blocks of rows itself.
package enum BLASThreads {
    /// Sets OpenBLAS to `count` threads.
    package static func set(_ count: Int) { OpenBLASLibrary.shared?.setThreads(Int32(count)) }
    /// OpenBLAS's current thread count (0 when OpenBLAS is not installed).
    package static var current: Int { OpenBLASLibrary.shared.map { Int($0.getThreads()) } ?? 0 }
}
