import Dispatch

/// Accuracy of the net on a whole split, computed in fixed blocks of rows spread over a few threads.
/// The blocks' boundaries do not depend on the thread count and the correct counts are integers, so the result
/// is the same whatever the number of threads.
final class AccuracyEvaluator<Scalar: TrainingScalar> {
    /// Rows per block.
    static var blockRows: Int { 500 }

    private let scratch: [Activations<Scalar>]

    /// An evaluator for `shape` using `threads` threads (at least one).
    init(shape: NetShape, threads: Int) {
        scratch = (0 ..< max(threads, 1)).map { _ in Activations(shape: shape, capacity: Self.blockRows) }
    }

    /// The fraction of `labels.count` examples in `pixels` that `passes` classifies correctly.
    func accuracy(of passes: NetPasses<Scalar>, pixels: [UInt8], labels: [Int]) -> Double {
        let examples = labels.count
        let blocks = (examples + Self.blockRows - 1) / Self.blockRows
        let threads = min(scratch.count, blocks)
        var correctPerThread = [Int](repeating: 0, count: threads)
        pixels.withUnsafeBufferPointer { pixels in
            labels.withUnsafeBufferPointer { labels in
                correctPerThread.withUnsafeMutableBufferPointer { correct in
                    guard let pixels = pixels.baseAddress, let labels = labels.baseAddress, let correct = correct.baseAddress else { return }
                    var serial = passes  // the blocks are the parallelism here
                    serial.threads = 1
                    let job = EvaluationJob(passes: serial, scratch: scratch, pixels: pixels, labels: labels,
                                            examples: examples, blocks: blocks, threads: threads, correct: correct)
                    DispatchQueue.concurrentPerform(iterations: threads) { job.run(thread: $0) }
                }
            }
        }
        return Double(correctPerThread.reduce(0, +)) / Double(max(examples, 1))
    }
}

/// One evaluation split over threads. `@unchecked Sendable` is safe here: during `concurrentPerform` the
/// parameters, pixels and labels are only read, and thread `t` writes only `scratch[t]` and `correct[t]`;
/// the pointers outlive the call because the caller holds the arrays for its whole duration.
private struct EvaluationJob<Scalar: TrainingScalar>: @unchecked Sendable {
    let passes: NetPasses<Scalar>
    let scratch: [Activations<Scalar>]
    let pixels: UnsafePointer<UInt8>
    let labels: UnsafePointer<Int>
    let examples: Int, blocks: Int, threads: Int
    let correct: UnsafeMutablePointer<Int>
    let scale = PixelScale<Scalar>()

    func run(thread: Int) {
        let scratch = self.scratch[thread]
        let blockRows = AccuracyEvaluator<Scalar>.blockRows
        let inputs = passes.shape.input
        for block in stride(from: thread, to: blocks, by: threads) {
            let first = block * blockRows
            let rows = min(blockRows, examples - first)
            scale.convert(pixels + first * inputs, count: rows * inputs, into: scratch.input.pointer)
            passes.forward(x: scratch.input.pointer, rows: rows, scratch: scratch, softmax: false)
            correct[thread] += passes.correctCount(labels: labels + first, rows: rows, scratch: scratch)
        }
    }
}
