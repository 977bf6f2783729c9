import Dispatch

/// A matrix product cut into a fixed number of row blocks of C that may run on separate threads.
/// The cut depends only on the shape, never on the thread count, so the result is the same bit for bit
/// whether the blocks run one after another or side by side.
struct SplitProduct {
    /// Blocks per product; products with fewer than `minimumRows` rows of C are not cut.
    static let pieces = 2
    static let minimumRows = 64

    let kernel: ProductKernel
    /// Threads to run the blocks on (1 runs them in order on the calling thread).
    let threads: Int

    /// `C = alpha · op(A) · op(B) + beta · C`, in blocks of rows of C.
    func multiply<Scalar: TrainingScalar>(
        _ shape: ProductShape, alpha: Scalar = 1, a: UnsafePointer<Scalar>, b: UnsafePointer<Scalar>,
        beta: Scalar = 0, c: UnsafeMutablePointer<Scalar>
    ) {
        guard shape.m >= Self.minimumRows else {
            kernel.multiply(shape, alpha: alpha, a: a, b: b, beta: beta, c: c)
            return
        }
        let job = SplitProductJob(kernel: kernel, shape: shape, alpha: alpha, a: a, b: b, beta: beta, c: c)
        if threads > 1 {
            DispatchQueue.concurrentPerform(iterations: Self.pieces) { job.run(piece: $0) }
        } else {
            for piece in 0 ..< Self.pieces { job.run(piece: piece) }
        }
    }
}

/// One cut product. `@unchecked Sendable` is safe: A and B are only read, and each piece writes a disjoint
/// block of rows of C; the caller keeps every buffer alive until `concurrentPerform` returns.
private struct SplitProductJob<Scalar: TrainingScalar>: @unchecked Sendable {
    let kernel: ProductKernel
    let shape: ProductShape
    let alpha: Scalar
    let a: UnsafePointer<Scalar>
    let b: UnsafePointer<Scalar>
    let beta: Scalar
    let c: UnsafeMutablePointer<Scalar>

    func run(piece: Int) {
        let pieces = SplitProduct.pieces
        let rows = shape.m * piece / pieces ..< shape.m * (piece + 1) / pieces
        let (part, aOffset, cOffset) = shape.slice(rows: rows)
        kernel.multiply(part, alpha: alpha, a: a + aOffset, b: b, beta: beta, c: c + cOffset)
    }
}
