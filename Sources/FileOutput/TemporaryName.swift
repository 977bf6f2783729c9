import Platform
import Synchronization

/// Names of the temporary files FileOutput leaves in a folder for a moment: hidden, marked with the owner's
/// process id so a later run can tell stale ones (owner gone) from live ones, and never longer than NAME_MAX
/// (255 bytes) however long the target's name: the target's part is shortened, never the target.
///
/// `.dlplot-tmp-<pid>-<n>-<start of the target's name>`
package enum TemporaryName {
    /// What every temporary name starts with.
    package static let marker = ".dlplot-tmp-"
    /// The longest file name the file systems dlplot writes to accept, in bytes.
    package static let maximumNameBytes = 255

    private static let counter = Atomic<Int>(0)

    /// A fresh temporary path in `folder` for a file to be named `baseName`.
    package static func make(in folder: String, for baseName: String) -> String {
        let number = counter.add(1, ordering: .relaxed).newValue
        let head = "\(marker)\(getpid())-\(number)-"
        let name = head + PathText.prefix(of: baseName, maxBytes: maximumNameBytes - head.utf8.count)
        return folder == "/" ? "/" + name : folder + "/" + name
    }

    /// The owner's process id of a temporary name, or nil for a name FileOutput did not make.
    package static func owner(of name: String) -> Int32? {
        guard name.hasPrefix(marker) else { return nil }
        let digits = name.dropFirst(marker.count).prefix { $0.isASCII && $0.isNumber }
        guard name.dropFirst(marker.count + digits.count).first == "-" else { return nil }
        return Int32(digits).flatMap { $0 > 0 ? $0 : nil }
    }
}
