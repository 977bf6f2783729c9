import Testing

@testable import Core

@Suite("The chapter's printed numbers")
struct ChapterNumbersTests {
    @Test(arguments: ChapterNumbers.all.map(\.id))
    func computedValueMatchesPrintedValue(id: String) throws {
        let entry = try #require(ChapterNumbers.all.first { $0.id == id })
        let check = entry.evaluate()
        #expect(check.matches, "\(entry.id): book prints \(entry.printed), dlplot computes \(check.computedText)")
    }

    @Test func idsAreUnique() {
        #expect(Set(ChapterNumbers.all.map(\.id)).count == ChapterNumbers.all.count)
    }

    @Test func everyEntryHasAsManyPrintedNumbersAsComputed() throws {
        for entry in ChapterNumbers.all {
            let value = try #require(entry.evaluate().value)
            #expect(PrintedText.tokens(in: entry.printed).count == value.flattened.count, "\(entry.id)")
        }
    }

    @Test func comparisonRejectsWrongValues() {
        #expect(!PrintedPrecision.exact.accepts(0.5974999999999999, printed: "0.5975"))
        #expect(PrintedPrecision.exact.accepts(0.5975, printed: "0.5975"))
        #expect(PrintedPrecision.numpyDefault.accepts(-6.111107928998789e-10, printed: "-6.11110793e-10"))
        #expect(!PrintedPrecision.numpyDefault.accepts(-6.111108e-10, printed: "-6.11110793e-10"))
        #expect(PrintedPrecision.numpyDefault.accepts(6.000000000012662, printed: "6."))
        #expect(!PrintedPrecision.numpyDefault.accepts(6.00000001, printed: "6."))
        #expect(!PrintedPrecision.absolute(1e-6).accepts(0.928070, printed: "0.92806853663411326"))
        #expect(PrintedText.tokens(in: "[[ 6.,  8.], [-2.58983747e+13 1]]") == ["6.", "8.", "-2.58983747e+13", "1"])
    }
}
