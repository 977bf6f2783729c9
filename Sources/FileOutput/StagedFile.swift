import Platform

/// One regular file written completely in its target's folder but not yet given the target's name: an
/// unnamed O_TMPFILE file (nothing is left if the process dies), or where the file system cannot, a named
/// temporary file marked with this process's id (removed by `StaleTemporaryFiles` if the process dies).
struct StagedFile: Sendable {
    /// Where the file goes (symbolic links already followed) and the path as the user wrote it.
    let target: String
    let given: String
    let descriptor: Int32
    /// The named temporary file, or nil for an unnamed one.
    let temporaryPath: String?

    /// Writes `bytes` into a new temporary file beside `target`, with the mode (and, for root, the owner
    /// and group) of the file it replaces; fsyncs it when `durable`.
    static func stage(_ bytes: [UInt8], target: String, given: String, durable: Bool) throws(OutputError) -> StagedFile
    {
        let folder = PathText.folder(of: target)
        StaleTemporaryFiles.sweepOnce(folder)
        var temporaryPath: String? = nil
        var descriptor = AnonymousFiles.open(in: folder, mode: 0o666)
        if descriptor < 0 {
            let code = errno
            guard SystemCalls.anonymousFilesUnsupported(code) else {
                throw OutputError.cannotWrite(given, errno: code, folder: folder)
            }
            let named = TemporaryName.make(in: folder, for: PathText.baseName(of: target))
            descriptor = open(named, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw OutputError.cannotWrite(given, errno: errno, folder: folder) }
            temporaryPath = named
        }
        let staged = StagedFile(target: target, given: given, descriptor: descriptor, temporaryPath: temporaryPath)
        do throws(OutputError) {
            if let code = SystemCalls.writeAll(bytes, to: descriptor) {
                throw OutputError.cannotWrite(given, errno: code)
            }
            try staged.copyOwnershipAndMode()
            if durable, fsync(descriptor) != 0 {
                throw OutputError.cannotWrite(given, "fsync failed (\(SystemCalls.text(ofError: errno)))")
            }
        } catch {
            staged.discard()
            throw error
        }
        return staged
    }

    /// An existing file keeps its permission bits, and (when run as root) its owner and group.
    private func copyOwnershipAndMode() throws(OutputError) {
        var old = stat()
        guard stat(target, &old) == 0, SystemCalls.fileType(old.st_mode) == S_IFREG else { return }
        if geteuid() == 0, old.st_uid != geteuid() || old.st_gid != getegid() {
            guard fchown(descriptor, old.st_uid, old.st_gid) == 0 else {
                throw OutputError.cannotWrite(
                    given, "cannot keep its owner and group (\(SystemCalls.text(ofError: errno)))")
            }
        }
        guard fchmod(descriptor, old.st_mode & 0o7777) == 0 else {
            throw OutputError.cannotWrite(given, "cannot keep its permissions (\(SystemCalls.text(ofError: errno)))")
        }
    }

    /// Gives the file its name, replacing what was there. With `keepingOld`, the old file is first opened
    /// (no second name: a descriptor keeps its contents alive after the rename) so that
    /// `CommittedFile.rollBack()` can write them back.
    func commit(keepingOld: Bool) throws(OutputError) -> CommittedFile {
        defer { close(descriptor) }
        let folder = PathText.folder(of: target)
        var info = stat()
        let existed = lstat(target, &info) == 0
        let old = existed && keepingOld ? open(target, O_RDONLY | O_CLOEXEC) : -1
        do throws(OutputError) {
            try name(in: folder, existed: existed)
        } catch {
            if old >= 0 { close(old) }
            throw error
        }
        return CommittedFile(target: target, replacedExisting: existed, oldContents: old)
    }

    private func name(in folder: String, existed: Bool) throws(OutputError) {
        if let temporaryPath {
            guard rename(temporaryPath, target) == 0 else {
                let code = errno
                unlink(temporaryPath)
                throw OutputError.cannotWrite(given, errno: code)
            }
            return
        }
        // A new name is linked in directly: there is no moment when a temporary name exists.
        if !existed, SystemCalls.name(anonymous: descriptor, as: target) { return }
        guard existed || errno == EEXIST else { throw OutputError.cannotWrite(given, errno: errno) }
        // Replacing: link under a temporary name and rename at once (a kill -9 between the two leaves a
        // temporary file that the next run into this folder removes).
        let temporary = TemporaryName.make(in: folder, for: PathText.baseName(of: target))
        guard SystemCalls.name(anonymous: descriptor, as: temporary) else {
            throw OutputError.cannotWrite(given, errno: errno)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutputError.cannotWrite(given, errno: code)
        }
    }

    /// Drops the staged file: an unnamed one vanishes with its descriptor; a named one is removed.
    func discard() {
        close(descriptor)
        if let temporaryPath { unlink(temporaryPath) }
    }
}

/// A file that has been given its name, which can still be undone while its set is being committed.
struct CommittedFile: Sendable {
    let target: String
    let replacedExisting: Bool
    /// An open descriptor of the replaced file (its contents outlive the rename while it is open), or -1.
    let oldContents: Int32

    /// Puts the old file back (or removes a new one); false when the old contents were not kept.
    func rollBack() -> Bool {
        defer { finish() }
        if !replacedExisting { return unlink(target) == 0 }
        guard oldContents >= 0, let bytes = SystemCalls.readAll(from: oldContents) else { return false }
        var info = stat()
        guard fstat(oldContents, &info) == 0,
            let restored = try? StagedFile.stage(bytes, target: target, given: target, durable: true)
        else { return false }
        fchmod(restored.descriptor, info.st_mode & 0o7777)
        if geteuid() == 0 { fchown(restored.descriptor, info.st_uid, info.st_gid) }
        return (try? restored.commit(keepingOld: false)) != nil
    }

    /// The set is committed (or rolled back): the old file's descriptor is no longer needed.
    func finish() {
        if oldContents >= 0 { close(oldContents) }
    }
}
