/// One iteration of section 4.5's training, spread over a `WorkerTeam` in fixed pieces:
///
/// 1. draw the mini-batch's indices (one random stream, in row order);
/// 2. per block of batch rows: normalise the pixels, forward pass, per-row backpropagation;
/// 3. W2, b2 and b1 from the whole batch (small, on the calling thread);
/// 4. per block of W1's rows: the SGD update of W1;
/// 5. per block of batch rows: forward pass with the new parameters and each row's loss term;
/// 6. the mean loss, summed in row order.
///
/// The cuts depend only on the shapes (`pieces` blocks), so the series is the same bit for bit whether the
/// pieces run side by side or one after another, on a machine of any size.
final class TrainingStep<Scalar: TrainingScalar> {
    /// Blocks each cut part of the step is split into.
    static var pieces: Int { 2 }

    let passes: NetPasses<Scalar>
    let batch: MiniBatch<Scalar>
    private let team: WorkerTeam

    init(passes: NetPasses<Scalar>, batchSize: Int, team: WorkerTeam) {
        self.passes = passes
        self.team = team
        batch = MiniBatch(shape: passes.shape, size: batchSize)
    }

    /// Runs one SGD step with learning rate `learningRate` on a fresh mini-batch; returns the mini-batch loss
    /// after the update.
    func run(data: TrainingData, generator: inout SeededGenerator, learningRate: Scalar) -> Double {
        let (passes, batch, size, pieces) = (passes, batch, batch.size, Self.pieces)
        let parameters = passes.parameters
        batch.draw(from: data, generator: &generator)
        // Every piece writes only its own rows of the batch's buffers, or its own rows of W1.
        team.run(pieces: pieces) { piece, _ in
            let rows = Self.cut(size, piece: piece)
            batch.fill(rows: rows, from: data)
            let block = batch.activations.rows(rows)
            passes.forward(block, softmax: true)
            passes.backPropagateRows(labels: batch.labels.pointer + rows.lowerBound, block: block, batchRows: size)
        }
        let whole = batch.activations.rows(size)
        passes.updateSecondLayer(batch: whole, into: parameters, alpha: -learningRate, beta: 1)
        team.run(pieces: pieces) { piece, _ in
            passes.updateFirstLayer(
                inputs: Self.cut(passes.shape.input, piece: piece), batch: whole, into: parameters,
                alpha: -learningRate, beta: 1)
        }
        team.run(pieces: pieces) { piece, _ in
            let rows = Self.cut(size, piece: piece)
            let block = batch.activations.rows(rows)
            passes.forward(block, softmax: true)
            passes.logLikelihoods(
                labels: batch.labels.pointer + rows.lowerBound, block: block,
                into: batch.logLikelihoods.pointer + rows.lowerBound)
        }
        return NetPasses<Scalar>.meanLoss(batch.logLikelihoods.pointer, count: size)
    }

    /// Piece `piece` of `0 ..< count` cut into `pieces` nearly equal consecutive ranges.
    static func cut(_ count: Int, piece: Int) -> Range<Int> {
        count * piece / pieces..<count * (piece + 1) / pieces
    }
}
