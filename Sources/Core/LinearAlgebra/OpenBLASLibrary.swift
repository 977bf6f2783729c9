#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// OpenBLAS, loaded at run time on first use rather than linked.
///
/// Linking OpenBLAS makes every dlplot process start its BLAS thread pool, whose idle worker spins on the
/// other core: that cost ~10 ms and several MiB in every short `dlplot <figure>` run, although only
/// `dlplot train` multiplies matrices. Loading it with `dlopen` the first time a product is asked for keeps
/// the figure commands free of it. If the library cannot be found, `ProductKernel.blas` falls back to the
/// Swift kernel (`BlockedProduct`) and `OpenBLASLibrary.shared` is nil.
public struct OpenBLASLibrary: @unchecked Sendable {
    // The C ABI of cblas_sgemm/cblas_dgemm: enums are passed as int (CblasRowMajor = 101,
    // CblasNoTrans = 111, CblasTrans = 112), blasint is 32-bit in Debian's OpenBLAS (LP64).
    typealias SGEMM = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
                                      UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32) -> Void
    typealias DGEMM = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Double, UnsafePointer<Double>?, Int32,
                                      UnsafePointer<Double>?, Int32, Double, UnsafeMutablePointer<Double>?, Int32) -> Void
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
    public static let shared: OpenBLASLibrary? = {
        // OpenBLAS starts its thread pool when loaded, sized by this variable; its idle workers would spin
        // against dlplot's own (`WorkerTeam`), and they are never used (see `BLASThreads`).
        setenv("OPENBLAS_NUM_THREADS", "1", 1)
        for name in candidateNames {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let library = OpenBLASLibrary(handle: handle) {
                // Deterministic products: OpenBLAS's own threads may split sums differently (see BLASThreads).
                library.setThreads(1)
                return library
            }
            dlclose(handle)
        }
        return nil
    }()

    private init?(handle: UnsafeMutableRawPointer) {
        guard let s = dlsym(handle, "cblas_sgemm"), let d = dlsym(handle, "cblas_dgemm"),
              let set = dlsym(handle, "openblas_set_num_threads"), let get = dlsym(handle, "openblas_get_num_threads")
        else { return nil }
        sgemm = unsafeBitCast(s, to: SGEMM.self)
        dgemm = unsafeBitCast(d, to: DGEMM.self)
        setThreads = unsafeBitCast(set, to: SetThreads.self)
        getThreads = unsafeBitCast(get, to: GetThreads.self)
    }

    static let rowMajor: Int32 = 101
    static func transpose(_ flag: Bool) -> Int32 { flag ? 112 : 111 }
}
