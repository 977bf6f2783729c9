import Platform

/// A shared library opened at run time (`dlopen`) and the C functions resolved from it (`dlsym`), for the
/// optional fast paths that dlplot uses when a library is installed and does without when it is not
/// (OpenBLAS, libdeflate, libcrypto).
///
/// `load(firstOf:_:)` tries candidate names in order and keeps the first from which every function needed
/// resolves; when none does, its error says, for each candidate, why. Callers keep only the typed function
/// pointers, in a `static let`, so each library is opened once per process.
package struct DynamicLibrary {
    /// The name the library was opened by.
    package let name: String
    // Never dlclose'd: the functions resolved from it are kept for the life of the process.
    private let handle: UnsafeMutableRawPointer

    /// Opens `name` (`RTLD_NOW | RTLD_LOCAL`: every symbol bound now, none added to the global scope).
    package init(opening name: String) throws(DynamicLibraryError) {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            throw .cannotOpen(library: name, reason: Self.lastError())
        }
        self.name = name
        self.handle = handle
    }

    /// The first of `candidates` that opens and from which `resolve` gets everything it asks for, as
    /// `resolve` returns it; or, when none does, an error listing why each candidate was refused.
    package static func load<Loaded>(
        firstOf candidates: [String], _ resolve: (DynamicLibrary) throws(DynamicLibraryError) -> Loaded
    ) -> Result<Loaded, DynamicLibraryError> {
        var refusals: [DynamicLibraryError] = []
        for name in candidates {
            do throws(DynamicLibraryError) {
                return .success(try resolve(DynamicLibrary(opening: name)))
            } catch {
                refusals.append(error)
            }
        }
        return .failure(.noCandidate(refusals))
    }

    /// The function `symbol` as the C function type `Function` (a `@convention(c)` type: the caller states
    /// the C signature, which `dlsym` cannot check).
    package func function<Function>(
        _ symbol: String, as _: Function.Type = Function.self
    ) throws(DynamicLibraryError) -> Function {
        // A C function pointer is one pointer wide; a Swift closure type is two words and must not be used.
        guard MemoryLayout<Function>.size == MemoryLayout<UnsafeRawPointer>.size else {
            throw .notAFunctionPointer(symbol: symbol, type: "\(Function.self)")
        }
        _ = dlerror()  // clears an earlier error, so the one read below is this lookup's
        guard let address = dlsym(handle, symbol) else {
            throw .missingSymbol(symbol, library: name, reason: Self.lastError())
        }
        return unsafeBitCast(address, to: Function.self)
    }

    /// `dlerror()`'s message (per thread in glibc), or a placeholder when there is none.
    private static func lastError() -> String {
        dlerror().map { String(cString: $0) } ?? "no reason given"
    }
}

/// Why a library or one of its functions could not be used.
package enum DynamicLibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `dlopen` refused `library`; `reason` is its message.
    case cannotOpen(library: String, reason: String)
    /// `library` opened but has no `symbol`; `reason` is `dlsym`'s message.
    case missingSymbol(_ symbol: String, library: String, reason: String)
    /// `symbol` was asked for as `type`, which is not one pointer wide (a C function type is).
    case notAFunctionPointer(symbol: String, type: String)
    /// No candidate could be used; why, for each one in the order tried.
    case noCandidate([DynamicLibraryError])

    package var description: String {
        switch self {
        case .cannotOpen(let library, let reason): "cannot open \(library): \(reason)"
        case .missingSymbol(let symbol, let library, let reason): "\(library) has no function \(symbol): \(reason)"
        case .notAFunctionPointer(let symbol, let type):
            "\(symbol) cannot be used as \(type), which is not a C function pointer"
        case .noCandidate(let refusals) where refusals.isEmpty: "no library name to try"
        case .noCandidate(let refusals): refusals.map(\.description).joined(separator: "; ")
        }
    }
}
