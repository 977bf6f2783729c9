import Testing

@testable import Core

@Suite("Dynamic library loader")
struct DynamicLibraryTests {
    typealias StringLength = @convention(c) (UnsafePointer<CChar>?) -> Int

    @Test("a C function resolved from libc is called with its C signature")
    func resolvesAndCalls() throws {
        let library = try DynamicLibrary(opening: "libc.so.6")
        let strlen: StringLength = try library.function("strlen")
        #expect(library.name == "libc.so.6")
        #expect("dlplot".withCString { strlen($0) } == 6)
    }

    @Test("the first candidate with every function wins; those before it are passed over")
    func firstUsableCandidate() throws {
        typealias Cosine = @convention(c) (Double) -> Double
        let loaded = DynamicLibrary.load(firstOf: ["libdlplot-no-such-library.so.1", "libc.so.6", "libm.so.6"]) {
            library throws(DynamicLibraryError) in
            // libc has no cos (dlsym searches a library and its dependencies, and libc depends on no libm).
            (library.name, try library.function("cos", as: Cosine.self))
        }
        let (name, cosine) = try loaded.get()
        #expect(name == "libm.so.6")
        #expect(cosine(0) == 1)
    }

    @Test("when no candidate can be used, the error says why for each one, in order")
    func everyRefusalExplained() {
        let loaded = DynamicLibrary.load(firstOf: ["libdlplot-no-such-library.so.1", "libc.so.6"]) {
            library throws(DynamicLibraryError) in
            try library.function("dlplot_no_such_function", as: StringLength.self)
        }
        guard case .failure(.noCandidate(let refusals)) = loaded else {
            Issue.record("expected a failure listing the refusals, got \(loaded)")
            return
        }
        #expect(refusals.count == 2)
        if case .cannotOpen(let library, let reason) = refusals.first {
            #expect(library == "libdlplot-no-such-library.so.1" && reason.contains("libdlplot-no-such-library.so.1"))
        } else {
            Issue.record("the first refusal should be that the library cannot be opened: \(refusals)")
        }
        if case .missingSymbol(let symbol, let library, let reason) = refusals.last {
            #expect(
                symbol == "dlplot_no_such_function" && library == "libc.so.6"
                    && reason.contains("dlplot_no_such_function"))
        } else {
            Issue.record("the second refusal should name the missing function: \(refusals)")
        }
        #expect(
            DynamicLibraryError.noCandidate(refusals).description == refusals.map(\.description).joined(separator: "; ")
        )
        #expect(refusals.first?.description.hasPrefix("cannot open libdlplot-no-such-library.so.1: ") == true)
        #expect(refusals.last?.description.hasPrefix("libc.so.6 has no function dlplot_no_such_function: ") == true)
        let nothingToTry = DynamicLibrary.load(firstOf: []) { _ in 0 }
        #expect(
            nothingToTry == .failure(.noCandidate([]))
                && DynamicLibraryError.noCandidate([]).description == "no library name to try")
    }

    @Test("a Swift closure type is refused instead of being cast from a C function pointer")
    func refusesNonPointerTypes() throws {
        let library = try DynamicLibrary(opening: "libc.so.6")
        #expect(
            throws: DynamicLibraryError.notAFunctionPointer(
                symbol: "strlen", type: "(Optional<UnsafePointer<Int8>>) -> Int")
        ) {
            _ = try library.function("strlen", as: ((UnsafePointer<CChar>?) -> Int).self)
        }
    }
}
