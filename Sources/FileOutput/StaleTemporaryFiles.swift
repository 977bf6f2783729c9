import Platform
import Synchronization

/// Removes temporary files whose owner process is gone (killed between naming a staged file and renaming
/// it, or using named temporary files where the file system has no O_TMPFILE). Runs once per folder per
/// process, on the first write into that folder. A live owner's files are left alone; a dead owner whose
/// process id has been reused by a live process keeps its file until that process ends (documented limit).
package enum StaleTemporaryFiles {
    private static let swept = Mutex<Set<String>>([])

    /// Sweeps `folder` unless this process already did; errors (an unreadable folder) are ignored.
    package static func sweepOnce(_ folder: String) {
        let first = swept.withLock { $0.insert(folder).inserted }
        if first { sweep(folder) }
    }

    /// Removes every stale temporary file in `folder`; returns how many.
    @discardableResult
    package static func sweep(_ folder: String) -> Int {
        guard let directory = opendir(folder) else { return 0 }
        defer { closedir(directory) }
        var removed = 0
        let ownPID = getpid()
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let owner = TemporaryName.owner(of: name), owner != ownPID, !SystemCalls.processExists(owner) else {
                continue
            }
            let path = folder == "/" ? "/" + name : folder + "/" + name
            if unlink(path) == 0 { removed += 1 }
        }
        return removed
    }
}
