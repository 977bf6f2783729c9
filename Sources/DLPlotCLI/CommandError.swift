/// An error of a command itself (a bad option value, unusable data, a failed check), reported by
/// `CommandRunner` as one line `<tool> <command>: <message>`.
package struct CommandError: Error {
    package let message: String
    /// The exit status (see `ExitStatus`): 2 for bad input by default.
    package var status: Int32 = ExitStatus.usage

    package init(message: String, status: Int32 = ExitStatus.usage) {
        self.message = message
        self.status = status
    }
}

/// The exit-code table of the README and of `dlplot --help`.
package enum ExitStatus {
    /// Success.
    package static let success: Int32 = 0
    /// A file, folder, disk, memory budget or standard stream failed (and, for `compare`, "the images differ").
    package static let failure: Int32 = 1
    /// A bad option or value.
    package static let usage: Int32 = 2
    /// Training diverged.
    package static let diverged: Int32 = 3
    /// A training series is out of date and cannot be retrained here.
    package static let outOfDate: Int32 = 4

    /// The table as `--help` shows it.
    package static let table = """
        Exit status: 0 success; 1 a file, folder, disk, memory budget or standard output failed (compare: the images \
        differ); 2 a bad option or value (usage); 3 training diverged; 4 a training series is out of date and there is \
        no data to retrain it.
        """
}
