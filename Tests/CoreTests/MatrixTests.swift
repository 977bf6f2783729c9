import Testing

@testable import Core

@Suite("Matrix")
struct MatrixTests {
    let a: Matrix<Double>

    init() throws {
        a = try Matrix<Double>([[1, 2, 3], [4, 5, 6]])
    }

    @Test func shapeAndSubscript() throws {
        #expect(a.rows == 2 && a.columns == 3)
        #expect(a.storage == [1, 2, 3, 4, 5, 6])
        #expect(a[1, 0] == 4)
        #expect(try a.row(1) == [4, 5, 6])
        #expect(try a.column(2) == [3, 6])
        #expect(a.nestedRows == [[1, 2, 3], [4, 5, 6]])
    }

    @Test func badShapesThrow() {
        #expect(throws: MatrixError.raggedRows(row: 1, expected: 2, actual: 1)) { try Matrix<Double>([[1, 2], [3]]) }
        #expect(throws: MatrixError.invalidShape(rows: -1, columns: 2)) {
            try Matrix<Double>(rows: -1, columns: 2, repeating: 0)
        }
        #expect(throws: MatrixError.invalidShape(rows: Int.max, columns: 2)) {
            try Matrix<Double>(rows: Int.max, columns: 2, repeating: 0)
        }
        #expect(throws: MatrixError.storageCountMismatch(expected: 4, actual: 3)) {
            try Matrix<Double>(rows: 2, columns: 2, storage: [1, 2, 3])
        }
        #expect(throws: MatrixError.indexOutOfRange(index: 2, count: 2)) { try a.row(2) }
        #expect(throws: MatrixError.self) { try a.dot(a) }
        #expect(throws: MatrixError.self) { try a + a.transposed }
        #expect(throws: MatrixError.self) { try a.addingToEachRow([1, 2]) }
    }

    @Test func errorMessageNamesShapes() {
        let error = MatrixError.shapeMismatch(
            operation: "multiply", left: .init(rows: 2, columns: 3), right: .init(rows: 2, columns: 3))
        #expect(error.description == "cannot multiply a 2×3 matrix and a 2×3 matrix: shapes are incompatible")
    }

    @Test func productAndTranspose() throws {
        let b = try Matrix<Double>([[1, 0], [0, 1], [2, -1]])
        #expect(try a.dot(b) == Matrix([[7, -1], [16, -1]]))
        #expect(a.transposed == (try Matrix([[1, 4], [2, 5], [3, 6]])))
        #expect(a.transposed.transposed == a)
        #expect(try b.leftMultiplied(by: [1, 1, 1]) == [3, 0])
        let empty = try Matrix<Double>(rows: 2, columns: 0, repeating: 0)
        #expect(try empty.dot(Matrix(rows: 0, columns: 3, repeating: 0)) == Matrix(rows: 2, columns: 3, repeating: 0))
    }

    @Test func elementwiseAndBroadcast() throws {
        #expect(try a + a == 2 * a)
        #expect(try (a - a).storage.allSatisfy { $0 == 0 })
        #expect(try (a * a).storage == [1, 4, 9, 16, 25, 36])
        #expect(try (a / a).storage.allSatisfy { $0 == 1 })
        #expect((a + 1).storage == [2, 3, 4, 5, 6, 7])
        #expect((-a)[0, 0] == -1)
        #expect(try a.addingToEachRow([10, 20, 30]) == Matrix([[11, 22, 33], [14, 25, 36]]))
    }

    @Test func reductions() throws {
        #expect(a.sum() == 21)
        #expect(a.sum(along: .rows) == [5, 7, 9])
        #expect(a.sum(along: .columns) == [6, 15])
        let m = try Matrix<Double>([[0.1, 0.8, 0.8], [3, .nan, 1], [.nan, .nan, .nan]])
        #expect(m.argmaxPerRow() == [1, 0, 0])
        #expect(try Matrix<Double>(rows: 3, columns: 0, repeating: 0).argmaxPerRow() == [])
    }

    @Test func valueSemantics() throws {
        var copy = a
        copy[0, 0] = 100
        copy.withUnsafeMutableStorage { $0[1] = 50 }
        #expect(a[0, 0] == 1 && a[0, 1] == 2)
        #expect(copy.storage[0...1] == [100, 50])
    }

    @Test func genericOverFloat() throws {
        let f = try Matrix<Float>([[1, 2], [3, 4]])
        #expect(try f.dot(f) == Matrix<Float>([[7, 10], [15, 22]]))
    }
}

@Suite("Matrix product reference")
struct MatrixProductReferenceTests {
    @Test func dotEqualsNaiveDotOnARectangularProduct() throws {
        let a = try Matrix<Double>(rows: 3, columns: 4) { r, c in Double(r * 4 + c) / 7 - 0.5 }
        let b = try Matrix<Double>(rows: 4, columns: 2) { r, c in Double(r - c) / 3 }
        let product = try a.dot(b)
        #expect(product == (try a.naiveDot(b)))
        #expect(product.rows == 3 && product.columns == 2)
        #expect(product[2, 1] == (0..<4).reduce(0.0) { $0 + a[2, $1] * b[$1, 1] })
    }
}
