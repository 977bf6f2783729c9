import Platform

/// FileOutput's use of unnamed temporary files (`SystemCalls.openAnonymous`), with the switch that turns them
/// off for tests of the named-file path.
enum AnonymousFiles {
    /// With DLPLOT_NAMED_TEMPORARY_FILES set (to anything), behave as on a file system without O_TMPFILE:
    /// every temporary file is a named one. For tests of that path (the kill test runs both).
    static let namedTemporaryFilesOnly = getenv("DLPLOT_NAMED_TEMPORARY_FILES") != nil

    /// An unnamed regular file in `folder`, or -1 with `errno` set (`EOPNOTSUPP` when turned off).
    static func open(in folder: String, mode: mode_t) -> Int32 {
        if namedTemporaryFilesOnly {
            errno = EOPNOTSUPP
            return -1
        }
        return SystemCalls.openAnonymous(in: folder, mode: mode)
    }
}
