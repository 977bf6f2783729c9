import Foundation

/// What a training run will hold in memory, estimated from the image size, the counts, the batch, the hidden
/// size, the precision and the threads before anything big is allocated, so that a data set of huge images
/// is refused with the sizes named instead of being trained until the machine runs out of memory.
public struct TrainingMemoryEstimate: Sendable, Equatable, CustomStringConvertible {
    /// The parts, largest first in the description: a name and bytes.
    public let parts: [Part]
    /// The sum of the parts (saturating: a sum past `Int.max` is `Int.max`).
    public var totalBytes: Int { parts.reduce(0) { Saturating.add($0, $1.bytes) } }

    /// One part of the estimate.
    public struct Part: Sendable, Equatable {
        /// What the memory is for ("training images", "weights and gradients", …).
        public let name: String
        /// Its size in bytes.
        public let bytes: Int
    }

    /// "7.6 GiB: weights 6.2 GiB, data 1.2 GiB, …".
    public var description: String {
        "\(ByteCount.text(totalBytes)): "
            + parts.sorted { $0.bytes > $1.bytes }.map { "\($0.name) \(ByteCount.text($0.bytes))" }.joined(
                separator: ", ")
    }
}

/// The memory budget of a training run and the estimate checked against it.
public enum TrainingMemory {
    /// The budget unless `dlplot train --max-memory` raises it: 2 GiB.
    public static let defaultBudget = 2 << 30

    /// The estimate for `trainCount` and `testCount` images of `pixelsPerImage` pixels whose files hold
    /// `storedBytes` on disk, trained with `settings` in `precision` on `threads` threads.
    public static func estimate(
        trainCount: Int, testCount: Int, pixelsPerImage: Int, classes: Int = MNISTDataset.classes, storedBytes: Int,
        settings: TrainingSettings, precision: TrainingPrecision, threads: Int
    ) -> TrainingMemoryEstimate {
        let scalar = precision == .float32 ? 4 : 8
        let images = Saturating.add(trainCount, testCount)
        let hidden = settings.hiddenSize
        // Per example row of activations: the inputs, the hidden layer and its gradient, the outputs.
        let row = Saturating.add(pixelsPerImage, Saturating.add(2 * hidden, classes))
        let parameters = Saturating.add(Saturating.multiply(pixelsPerImage, hidden), hidden * (classes + 1) + classes)
        return TrainingMemoryEstimate(parts: [
            .init(name: "data files as stored", bytes: storedBytes),
            // Pixels as bytes, one byte per label as read and eight as training keeps them.
            .init(
                name: "decoded images and labels", bytes: Saturating.multiply(images, Saturating.add(pixelsPerImage, 9))
            ),
            // The initial weights as a value, then in the buffers the passes use, plus the random draws.
            .init(
                name: "weights (\(pixelsPerImage) × \(hidden) + \(hidden) × \(classes))",
                bytes: Saturating.multiply(parameters, 3 * scalar)),
            .init(
                name: "mini-batch buffers (batch \(settings.batchSize))",
                bytes: Saturating.multiply(settings.batchSize, Saturating.add(Saturating.multiply(row, scalar), 25))),
            .init(
                name: "evaluation buffers (\(threads) thread\(threads == 1 ? "" : "s"))",
                bytes: Saturating.multiply(
                    Saturating.multiply(threads, AccuracyEvaluator<Float>.blockRows), Saturating.multiply(row, scalar))),
            .init(name: "loss series", bytes: Saturating.multiply(settings.iterations, 16)),
            // The final weights as Float32, their base64 and its JSON copy; one block of the test set's pass.
            .init(
                name: "learned record",
                bytes: Saturating.add(
                    Saturating.multiply(parameters, 16),
                    Saturating.multiply(LearnedNetRecorder<Float>.blockRows, Saturating.multiply(row, scalar)))),
        ])
    }

    /// Throws `TrainingError.overMemoryBudget` naming the sizes and the estimate when `estimate` is over `budget` bytes.
    public static func check(_ estimate: TrainingMemoryEstimate, budget: Int, shape: String) throws(TrainingError) {
        guard estimate.totalBytes > budget else { return }
        throw .overMemoryBudget(
            "training on \(shape) needs about \(estimate), more than the memory budget of \(ByteCount.text(budget)); "
                + "raise it with --max-memory SIZE (e.g. --max-memory \(ByteCount.suggestion(estimate.totalBytes))) or use smaller data"
        )
    }

    /// Reads the headers of the four files at `location` (their first bytes only) and checks the estimate of a
    /// run on them against `budget` before anything is decoded. Files that are pipes or devices are not
    /// peeked at (their bytes could not be read again); `Trainer` checks the loaded data then.
    public static func check(
        location: DatasetLocation, settings: TrainingSettings, precision: TrainingPrecision, threads: Int,
        budget: Int
    ) throws {
        guard let shape = try DatasetShape(location: location) else { return }
        let estimate = estimate(
            trainCount: shape.trainCount, testCount: shape.testCount, pixelsPerImage: shape.pixelsPerImage,
            storedBytes: shape.storedBytes, settings: settings, precision: precision, threads: threads)
        try check(estimate, budget: budget, shape: shape.description)
    }

    /// Parses a size: plain bytes (`1073741824`) or a number with K, M, G, T or P (powers of 1024; `KB`, `KiB`
    /// and lower case mean the same): `512M`, `4G`, `4GiB`, `1.5G`. Nil unless it is a size from 1 MiB to 1 PiB.
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        var unit = trimmed.dropFirst(number.count).uppercased()
        if unit.hasSuffix("IB") { unit.removeLast(2) } else if unit.hasSuffix("B") { unit.removeLast() }
        let powers = ["": 0, "K": 1, "M": 2, "G": 3, "T": 4, "P": 5]
        guard let power = powers[unit], let value = Double(number), value.isFinite else { return nil }
        var bytes = value
        for _ in 0..<power { bytes *= 1024 }
        guard bytes >= Double(sizeRange.lowerBound), bytes <= Double(sizeRange.upperBound) else { return nil }
        return Int(exactly: bytes.rounded())
    }

    /// Budgets `parseSize` accepts: 1 MiB to 1 PiB.
    public static let sizeRange = (1 << 20)...(1 << 50)
}
