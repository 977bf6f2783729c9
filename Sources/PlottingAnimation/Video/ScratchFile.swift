import Platform

/// An unnamed, readable and seekable file (O_TMPFILE) that a child process writes into through an inherited
/// descriptor: it never has a name, so nothing is left behind even after `kill -9`, and it is gone when closed.
final class ScratchFile {
    /// The open file (close-on-exec, numbered 10 or above).
    let descriptor: Int32

    /// An unnamed file in $TMPDIR, /tmp, /var/tmp or /dev/shm, the first that can hold one.
    init() throws(AnimationError) {
        var folders = ["/tmp", "/var/tmp", "/dev/shm"]
        if let tmpdir = getenv("TMPDIR"), tmpdir.pointee != 0 { folders.insert(String(cString: tmpdir), at: 0) }
        var lastError: Int32 = 0
        for folder in folders {
            let opened = SystemCalls.openAnonymous(in: folder, mode: 0o600, readable: true)
            if opened >= 0 {
                descriptor = SystemCalls.movedAboveChildNumbers(opened)
                return
            }
            lastError = errno
        }
        throw .encoder(
            "could not make an unnamed scratch file for ffmpeg's output in \(folders.joined(separator: ", ")): \(SystemCalls.text(ofError: lastError))"
        )
    }

    deinit { close(descriptor) }

    /// Everything written to the file.
    func contents() throws(AnimationError) -> [UInt8] {
        guard let bytes = SystemCalls.readAll(from: descriptor) else {
            throw .encoder("could not read back ffmpeg's output: \(SystemCalls.text(ofError: errno))")
        }
        return bytes
    }
}
