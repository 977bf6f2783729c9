import Testing

@testable import FigureServer

@Suite struct QueryStringTests {
    @Test func decodesPercentEscapesAndPlusAsSpace() throws {
        let query = try QueryString(raw: "f=x0%5E2+%2B+x1%5E2&init=-3%2C4&lr=0.1")
        #expect(query.items.map(\.name) == ["f", "init", "lr"])
        #expect(query.items.map(\.value) == ["x0^2 + x1^2", "-3,4", "0.1"])
    }

    @Test func anEmptyQueryHasNoItems() throws {
        #expect(try QueryString(raw: "").items.isEmpty)
        #expect(try QueryString(raw: "&&").items.isEmpty)
    }

    @Test func refusesARepeatedParameter() {
        #expect(throws: QueryError.repeated("lr")) { try QueryString(raw: "lr=0.1&steps=3&lr=0.2") }
    }

    @Test func refusesBytesThatAreNotUTF8() {
        #expect(throws: QueryError.notUTF8(position: 2)) { try QueryString(raw: "lr=0.1&f=x%FF%FE") }
    }

    @Test func refusesMalformedEscapes() {
        for raw in ["lr=%", "lr=%4", "lr=%G1", "l%zzr=1"] {
            #expect(throws: QueryError.badEscape(position: 1), "\(raw)") { try QueryString(raw: raw) }
        }
    }

    @Test func refusesAQueryTooLongWith414() throws {
        #expect(
            try QueryString(raw: "f=" + String(repeating: "x", count: QueryString.maximumBytes - 2)).items.count == 1)
        let raw = "f=" + String(repeating: "x", count: QueryString.maximumBytes - 1)
        let error = try #require(throws: QueryError.self) { try QueryString(raw: raw) }
        #expect(error == .tooLong(bytes: QueryString.maximumBytes + 1))
        #expect(error.status == 414)
    }

    @Test func refusesTooManyItemsAndEmptyNames() {
        let many = (0..<40).map { "p\($0)=1" }.joined(separator: "&")
        #expect(throws: QueryError.tooManyItems(40)) { try QueryString(raw: many) }
        #expect(throws: QueryError.emptyName(position: 1)) { try QueryString(raw: "=3") }
    }
}
