/// A matrix product in plain Swift: both operands are packed into row-major panels (B's columns padded to a
/// multiple of 16), then a register-blocked micro-kernel keeps a 4 × 16 tile of C in SIMD accumulators while it
/// runs along k. It is the portable alternative to BLAS and the yardstick BLAS is measured against.
package enum BlockedProduct {
    /// Columns per SIMD accumulator.
    static let tileColumns = 16
    /// Rows of C per micro-tile.
    static let tileRows = 4

    /// Row-major `C = alpha · op(A) · op(B) + beta · C` (`beta == 0` ignores C's old contents, NaN included).
    package static func multiply<Scalar: TrainingScalar>(
        _ shape: ProductShape, alpha: Scalar, a: UnsafePointer<Scalar>, b: UnsafePointer<Scalar>,
        beta: Scalar, c: UnsafeMutablePointer<Scalar>
    ) {
        let (m, n, k) = (shape.m, shape.n, shape.k)
        let paddedN = (n + tileColumns - 1) / tileColumns * tileColumns
        var packedA = [Scalar](repeating: 0, count: m * k)
        var packedB = [Scalar](repeating: 0, count: k * paddedN)
        for i in 0..<m {
            for p in 0..<k {
                packedA[i * k + p] = shape.transposeA ? a[p * shape.lda + i] : a[i * shape.lda + p]
            }
        }
        for p in 0..<k {
            for j in 0..<n {
                packedB[p * paddedN + j] = shape.transposeB ? b[j * shape.ldb + p] : b[p * shape.ldb + j]
            }
        }
        packedA.withUnsafeBufferPointer { pa in
            packedB.withUnsafeBufferPointer { pb in
                guard let pa = pa.baseAddress, let pb = pb.baseAddress else { return }
                let panel = Panel(
                    a: pa, b: pb, k: k, paddedN: paddedN, n: n, ldc: shape.ldc, alpha: alpha, beta: beta, c: c)
                var i = 0
                while i + tileRows <= m {
                    for j in stride(from: 0, to: paddedN, by: tileColumns) { panel.tile4(row: i, column: j) }
                    i += tileRows
                }
                while i < m {
                    for j in stride(from: 0, to: paddedN, by: tileColumns) { panel.tile1(row: i, column: j) }
                    i += 1
                }
            }
        }
    }

    /// Packed operands and the destination of one product.
    private struct Panel<Scalar: TrainingScalar> {
        let a: UnsafePointer<Scalar>
        let b: UnsafePointer<Scalar>
        let k: Int, paddedN: Int, n: Int, ldc: Int
        let alpha: Scalar, beta: Scalar
        let c: UnsafeMutablePointer<Scalar>

        @inline(__always)
        func loadB(_ p: Int, _ column: Int) -> SIMD16<Scalar> {
            UnsafeRawPointer(b + p * paddedN + column).loadUnaligned(as: SIMD16<Scalar>.self)
        }

        /// Rows `row ..< row + 4`, columns `column ..< column + 16` of C.
        func tile4(row: Int, column: Int) {
            var acc0 = SIMD16<Scalar>(), acc1 = SIMD16<Scalar>(), acc2 = SIMD16<Scalar>(), acc3 = SIMD16<Scalar>()
            let a0 = a + row * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k
            for p in 0..<k {
                let bv = loadB(p, column)
                acc0 += a0[p] * bv
                acc1 += a1[p] * bv
                acc2 += a2[p] * bv
                acc3 += a3[p] * bv
            }
            store(acc0, row: row, column: column)
            store(acc1, row: row + 1, column: column)
            store(acc2, row: row + 2, column: column)
            store(acc3, row: row + 3, column: column)
        }

        /// Row `row`, columns `column ..< column + 16` of C.
        func tile1(row: Int, column: Int) {
            var acc = SIMD16<Scalar>()
            let a0 = a + row * k
            for p in 0..<k { acc += a0[p] * loadB(p, column) }
            store(acc, row: row, column: column)
        }

        @inline(__always)
        func store(_ acc: SIMD16<Scalar>, row: Int, column: Int) {
            let destination = c + row * ldc
            for j in column..<min(column + 16, n) {
                let product = alpha * acc[j - column]
                destination[j] = beta == 0 ? product : product + beta * destination[j]
            }
        }
    }
}
