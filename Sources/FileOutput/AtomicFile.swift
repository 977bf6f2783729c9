/// Writes one file so that a reader sees either the old file or the complete new one, never a part (the
/// rules of `OutputDestination` and `OutputSet`: modes kept, symbolic links followed, devices written
/// straight, no temporary file left after a crash of the writer).
public enum AtomicFile {
    /// Writes `bytes` to `path` (`-`: standard output). Throws an `OutputError` naming the path and the reason
    /// (missing or unwritable folder, a folder in the way, disk full, …); `path` is then left as it was.
    ///
    /// Without `durable` the file is still replaced atomically (readers see the old or the whole new file),
    /// but a power failure soon after may lose the new contents. fsync costs from 0.1 ms to 10 ms a file
    /// depending on what else the disk is doing.
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(OutputError) {
        try OutputSet.write(bytes, to: OutputDestination.prepare(path), durable: durable)
    }
}
