import Platform

/// OpenBLAS, loaded at run time on first use rather than linked.
///
/// Linking OpenBLAS makes every dlplot process start its BLAS thread pool, whose idle worker spins on the
/// other core: that cost ~10 ms and several MiB in every short `dlplot <figure>` run, although only
/// `dlplot train` multiplies matrices. Loading it with `dlopen` the first time a product is asked for keeps
/// the figure commands free of it. If the library cannot be found, `ProductKernel.blas` falls back to the
/// Swift kernel (`BlockedProduct`) and `OpenBLASLibrary.shared` is nil.
public struct OpenBLASLibrary: Sendable {
    // The C ABI of cblas_sgemm/cblas_dgemm: enums are passed as int (CblasRowMajor = 101,
    // CblasNoTrans = 111, CblasTrans = 112), blasint is 32-bit in Debian's OpenBLAS (LP64).
    typealias SGEMM =
        @convention(c) (
            Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
            UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
        ) -> Void
    typealias DGEMM =
        @convention(c) (
            Int32, Int32, Int32, Int32, Int32, Int32, Double, UnsafePointer<Double>?, Int32,
            UnsafePointer<Double>?, Int32, Double, UnsafeMutablePointer<Double>?, Int32
        ) -> Void
    typealias SetThreads = @convention(c) (Int32) -> Void
    typealias GetThreads = @convention(c) () -> Int32

    let sgemm: SGEMM
    let dgemm: DGEMM
    let setThreads: SetThreads
    let getThreads: GetThreads

    /// The shared-object names tried, in order.
    public static let candidateNames = ["libopenblas.so.0", "libopenblas.so", "libblas.so.3"]

    /// The loaded library, or nil when none of `candidateNames` loads (the Swift kernel is used then).
    /// Loaded once, thread-safely, on first access (Swift initialises globals and statics exactly once).
    public static let shared: OpenBLASLibrary? = try? loading.get()

    /// The library, or why none of `candidateNames` could be used (a candidate without OpenBLAS's own
    /// functions, such as the reference BLAS, is passed over).
    package static let loading: Result<OpenBLASLibrary, DynamicLibraryError> = {
        // OpenBLAS starts its thread pool when loaded, sized by this variable; its idle workers would spin
        // against dlplot's own (`WorkerTeam`), and they are never used (see `BLASThreads`).
        setenv("OPENBLAS_NUM_THREADS", "1", 1)
        let loading = DynamicLibrary.load(firstOf: candidateNames) { library throws(DynamicLibraryError) in
            OpenBLASLibrary(
                sgemm: try library.function("cblas_sgemm"), dgemm: try library.function("cblas_dgemm"),
                setThreads: try library.function("openblas_set_num_threads"),
                getThreads: try library.function("openblas_get_num_threads"))
        }
        // Deterministic products: OpenBLAS's own threads may split sums differently (see BLASThreads).
        if case .success(let library) = loading { library.setThreads(1) }
        return loading
    }()

    static let rowMajor: Int32 = 101
    static func transpose(_ flag: Bool) -> Int32 { flag ? 112 : 111 }
}
