import Platform
import Synchronization

/// All of one command's outputs, written all or nothing: each file is staged (written completely beside its
/// target) as soon as it is added, and only `commit()` gives the files their names. A failure before the
/// commit — or dropping the set without committing — leaves none of the new files and every old one as it was.
///
/// Commit order: first the streams (standard output, devices, FIFOs: they cannot be taken back, so a failure
/// there still leaves no new file), then the renames, in path order. Should a rename fail midway (it rarely
/// can: the staged file is already in the target's folder), the files renamed before it are rolled back:
/// a new file is removed, and a replaced file is written back from a descriptor of it opened just before
/// its rename (the last file needs none; no second name is ever made for it). Where that cannot be done,
/// that one file keeps its new contents, and the error says so. A `kill -9` during the commit can leave some
/// files new and some old, each one complete; the only name that is not a target's is the one a replaced
/// file's new contents carry between `linkat` and `rename`, two system calls apart (the next write into
/// the folder removes it should a kill land there).
///
/// Safe to use from several threads (`all` stages its figures in parallel).
public final class OutputSet: Sendable {
    private struct State {
        var files: [StagedFile] = []
        var streams: [(destination: OutputDestination, bytes: [UInt8])] = []
        var used: [OutputDestination] = []
        var finished = false
    }

    private let state = Mutex(State())
    private let durable: Bool

    /// - Parameter durable: fsync every file before naming it (a power cut soon after cannot lose it).
    public init(durable: Bool = true) {
        self.durable = durable
    }

    deinit { discard() }

    /// Writes one output in a single step: `set.add`, then `set.commit()`.
    public static func write(
        _ bytes: [UInt8], to destination: OutputDestination, durable: Bool = true
    ) throws(OutputError) {
        let set = OutputSet(durable: durable)
        try set.add(bytes, to: destination)
        try set.commit()
    }

    /// Refuses two outputs that would land in the same place (`--out - --data -`), as a usage error naming
    /// both options; call it before the work starts.
    public static func requireDistinct(
        _ outputs: [(option: String, destination: OutputDestination)]
    ) throws(OutputError) {
        for (index, output) in outputs.enumerated() {
            if let earlier = outputs[..<index].first(where: { $0.destination.sameTarget(as: output.destination) }) {
                throw OutputError(
                    "\(earlier.option) and \(output.option) both write to \(output.destination.name); give them different files",
                    kind: .usage)
            }
        }
    }

    /// Stages `bytes` for `destination`: a file is written beside its target now; a stream is kept in memory
    /// until the commit.
    public func add(_ bytes: [UInt8], to destination: OutputDestination) throws(OutputError) {
        try state.withLock { state throws(OutputError) in
            guard !state.finished else {
                throw OutputError(
                    "cannot add \(destination.name): its output set is already committed or discarded", kind: .usage)
            }
            if state.used.contains(where: { $0.sameTarget(as: destination) }) {
                throw OutputError("two outputs both write to \(destination.name)", kind: .usage)
            }
            state.used.append(destination)
        }
        switch destination {
        case .file(let target, let given):
            let staged = try StagedFile.stage(bytes, target: target, given: given, durable: durable)
            let kept = state.withLock { state in
                guard !state.finished else { return false }
                state.files.append(staged)
                return true
            }
            if !kept { staged.discard() }
        case .standardOutput, .stream:
            state.withLock { $0.streams.append((destination, bytes)) }
        }
    }

    /// Writes the streams, then gives every staged file its name; on any failure, nothing new is left (see
    /// the type's notes for a rename failing midway) and the error names the output that failed.
    public func commit() throws(OutputError) {
        let (files, streams) = try state.withLock { state throws(OutputError) in
            guard !state.finished else { throw OutputError("an output set can be committed once", kind: .usage) }
            state.finished = true
            defer {
                state.files = []
                state.streams = []
            }
            return (state.files.sorted { $0.target < $1.target }, state.streams)
        }
        do throws(OutputError) {
            for stream in streams { try StreamWriter.write(stream.bytes, to: stream.destination) }
        } catch {
            files.forEach { $0.discard() }
            throw error
        }
        var committed: [CommittedFile] = []
        for (index, file) in files.enumerated() {
            do throws(OutputError) {
                committed.append(try file.commit(keepingOld: index < files.count - 1))
            } catch {
                files[(index + 1)...].forEach { $0.discard() }
                let kept = committed.reversed().filter { !$0.rollBack() }.map(\.target)
                guard kept.isEmpty else {
                    throw OutputError(
                        error.message + "; could not restore the old contents of " + kept.joined(separator: ", "))
                }
                throw error
            }
        }
        committed.forEach { $0.finish() }
    }

    /// Drops every staged file (none of them gets its name); the set can no longer be committed.
    public func discard() {
        let files = state.withLock { state in
            state.finished = true
            defer {
                state.files = []
                state.streams = []
            }
            return state.files
        }
        files.forEach { $0.discard() }
    }
}

extension OutputDestination {
    /// Whether two destinations write to the same place (both standard output, or the same path).
    func sameTarget(as other: OutputDestination) -> Bool {
        switch (self, other) {
        case (.standardOutput, .standardOutput): return true
        case (.file(let a, _), .file(let b, _)), (.stream(let a), .stream(let b)): return a == b
        default: return false
        }
    }
}
