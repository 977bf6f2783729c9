import FileOutput
import Synchronization

/// `[i/N] line` progress for work finishing in any order, printed in catalogue order: a line is printed once
/// every earlier item has finished, so the numbers and the order always agree. A failed item stops the
/// progress (the command then ends with one line naming the first failure).
final class OrderedProgress: Sendable {
    private struct State {
        var lines: [Int: String] = [:]
        var nextToPrint = 0
    }

    private let state = Mutex(State())
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    /// Records that item `index` finished with `line` (nil: it failed), and prints every line now due (under
    /// the lock, so two threads never interleave or reorder them) up to the first failure.
    func finished(_ index: Int, line: String?) {
        state.withLock { state in
            state.lines[index] = line ?? ""
            while let due = state.lines.removeValue(forKey: state.nextToPrint), !due.isEmpty {
                state.nextToPrint += 1
                StandardStreams.printError("[\(state.nextToPrint)/\(count)] \(due)")
            }
        }
    }
}
