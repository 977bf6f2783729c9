import Figures
import Testing

@Suite("CSV data")
struct DataTableTests {
    @Test func headerAndRows() {
        let table = DataTable(columns: [("x", [0, 0.1, 2]), ("f(x)", [1e-10, .nan, -.infinity])])
        #expect(table.csv == "x,f(x)\n0,1e-10\n0.1,nan\n2,-inf\n")
    }

    @Test func headersWithCommasAreQuoted() {
        var table = DataTable(columns: ["a,b", "say \"hi\""])
        table.append([1, 2])
        #expect(table.csv == "\"a,b\",\"say \"\"hi\"\"\"\n1,2\n")
    }

    @Test func function1DataIsTheBookSeries() throws {
        let figure = try #require(Catalogue.figure(id: "function-1"))
        let output = try FigureBuilder.build(figure)
        #expect(output.data.columns == ["x", "f(x)"])
        #expect(output.data.rows.count == 200)
        let row = output.data.rows[50]
        #expect(row[0] == 5 && row[1] == 0.01 * 5 * 5 + 0.1 * 5)
    }

    @Test func stepVersusSigmoidHasOneColumnPerCurve() throws {
        let figure = try #require(Catalogue.figure(id: "step-vs-sigmoid"))
        let output = try FigureBuilder.build(figure)
        #expect(output.data.columns == ["x", "sigmoid", "step function"])
        #expect(output.data.rows.count == 100)
        let lines = output.data.csv.split(separator: "\n")
        #expect(lines.count == 101)
        #expect(lines[0] == "x,sigmoid,step function")
    }
}
