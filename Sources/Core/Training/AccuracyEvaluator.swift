/// Accuracy of the net on a whole split, computed in fixed blocks of rows spread over a `WorkerTeam`.
/// The blocks' boundaries do not depend on the team and the correct counts are integers, so the result is the
/// same whatever the number of threads and whichever thread takes which block.
final class AccuracyEvaluator<Scalar: TrainingScalar> {
    /// Rows per block.
    static var blockRows: Int { 500 }

    private let team: WorkerTeam
    /// One per thread of the team.
    private let scratch: [Activations<Scalar>]
    private let correctPerThread: OwnedBuffer<Int>

    /// An evaluator for `shape` on `team`.
    init(shape: NetShape, team: WorkerTeam) {
        self.team = team
        scratch = (0..<team.size).map { _ in Activations(shape: shape, capacity: Self.blockRows) }
        correctPerThread = OwnedBuffer(count: team.size, repeating: 0)
    }

    /// The fraction of `labels.count` examples in `pixels` that `passes` classifies correctly.
    func accuracy(of passes: NetPasses<Scalar>, pixels: [UInt8], labels: [Int]) -> Double {
        let examples = labels.count
        let blocks = (examples + Self.blockRows - 1) / Self.blockRows
        let inputs = passes.shape.input
        correctPerThread.pointer.update(repeating: 0, count: team.size)
        pixels.withUnsafeBufferPointer { pixels in
            labels.withUnsafeBufferPointer { labels in
                guard let pixels = pixels.baseAddress, let labels = labels.baseAddress else { return }
                // Each block reads shared inputs and writes only its thread's scratch and count.
                team.run(pieces: blocks) { block, thread in
                    let first = block * Self.blockRows
                    let rows = scratch[thread].rows(min(Self.blockRows, examples - first))
                    Scalar.normalisePixels(pixels + first * inputs, count: rows.count * inputs, into: rows.input)
                    passes.forward(rows, softmax: false)
                    correctPerThread.pointer[thread] += passes.correctCount(labels: labels + first, block: rows)
                }
            }
        }
        let correct = (0..<team.size).reduce(0) { $0 + correctPerThread.pointer[$1] }
        return Double(correct) / Double(max(examples, 1))
    }
}
