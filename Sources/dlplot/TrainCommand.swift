import ArgumentParser
import Core
import DLPlotCLI
import FileOutput
import Foundation
import ImageComparison
import Platform
import PlottingCairo

/// `dlplot train`: section 4.5 of the book — trains the 784-50-10 net on MNIST-format data and writes the loss
/// and accuracy series the figures training-loss and training-accuracy draw.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the two-layer net (section 4.5) and write its loss and accuracy series.",
        discussion: """
            Data: --data-dir, else $\(DatasetLocation.environmentVariable), else \(DatasetLocation.defaultDirectory) \
            (Debian's dataset-fashion-mnist). The folder holds train-images-idx3-ubyte, train-labels-idx1-ubyte, \
            t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, each gzip-compressed (.gz) or raw.
            Progress goes to standard error. The series (JSON, or CSV for a .csv name) records the seed, the settings \
            and a SHA-256 of the data files; a JSON series also records what the net learned (the test-set confusion \
            matrix, the final weights, the first misclassified test images). The same seed gives the same series bit \
            for bit on the same machine.
            Exit status: 0 done (or --reuse-if-current found the file current), 1 unusable data or an unwritable \
            file, 2 a bad option, 3 the training diverged (what was computed is written, marked as diverged), \
            4 --reuse-if-current found the file out of date and no data to retrain it (make deps-data installs it).
            """)

    @Option(help: ArgumentHelp("Folder with the four IDX files.", valueName: "dir"))
    var dataDir: String?

    @Option(
        help: ArgumentHelp(
            "The data set's name for titles (default: Fashion-MNIST if the folder's path says so, else MNIST).",
            valueName: "name"))
    var dataset: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Random seed, 0...\(TrainingSettings.maximumSeed) (default: 1).", valueName: "n"),
        transform: OptionValue.integer("--seed", in: 0...TrainingSettings.maximumSeed))
    var seed: UInt64 = 1

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Iterations (mini-batch updates) (default: 10000).", valueName: "n"),
        transform: OptionValue.integer("--iters", in: TrainingSettings.iterationRange))
    var iters = 10000

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Examples per mini-batch, drawn with replacement (default: 100).", valueName: "n"),
        transform: OptionValue.integer("--batch", in: TrainingSettings.batchRange))
    var batch = 100

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Learning rate of plain SGD (default: 0.1).", valueName: "x"),
        transform: OptionValue.positiveNumber("--lr"))
    var lr = 0.1

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            "Where to write the series: FILE.json or FILE.csv ('-': JSON on standard output); checked before training.",
            valueName: "file"))
    var out = "training-series.json"

    @Option(
        help: ArgumentHelp(
            "Matrix products: blas (OpenBLAS sgemm) or swift (blocked SIMD kernel) (default: blas).",
            valueName: "kernel"),
        transform: OptionValue.choice("--kernel"))
    var kernel = ProductKernel.blas

    @Option(
        help: ArgumentHelp("Arithmetic: float32 or float64 (default: float32).", valueName: "precision"),
        transform: OptionValue.choice("--precision"))
    var precision = TrainingPrecision.float32

    @Option(
        help: ArgumentHelp(
            "Threads for the steps and evaluations, at most the cores available (the result does not depend on it; use 1 on a busy machine) (default: 2).",
            valueName: "n"),
        transform: OptionValue.integer("--threads", in: 1...64))
    var threads = 2

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Memory budget: refuse, before allocating, a run estimated to need more (e.g. 512M, 4G, 4GiB, or bytes) (default: 2G).",
            valueName: "size"),
        transform: OptionValue.memorySize("--max-memory"))
    var maxMemory = 2 << 30

    @Flag(
        help:
            "If --out is a JSON series with the same settings, data checksum and computation revision, and what the net learned, keep it and do not train; with no data folder, keep it unless it is out of date (exit 4)."
    )
    var reuseIfCurrent = false

    @Flag(name: [.customShort("q"), .long], help: "No progress on standard error.")
    var quiet = false

    /// The series' format comes from `--out`'s name.
    func validate() throws {
        guard isCSV || out == "-" || out.lowercased().hasSuffix(".json") else {
            throw ValidationError("--out \(PathText.shown(out)): the file name must end in .json or .csv")
        }
    }

    private var isCSV: Bool { out.lowercased().hasSuffix(".csv") }

    func run() throws {
        var settings = TrainingSettings()
        (settings.seed, settings.iterations, settings.batchSize, settings.learningRate) = (seed, iters, batch, lr)
        // Checked before the data is read or anything trained: a missing, unwritable or wrong folder is exit 1 now.
        let destination: OutputDestination
        do { destination = try OutputDestination.prepare(out) } catch {
            try fail("--out: \(error.message)", status: error.exitStatus)
        }

        let location: DatasetLocation
        do {
            location = try DatasetLocation.resolve(explicit: dataDir, name: dataset)
        } catch {
            if reuseIfCurrent, !isCSV, let series = try? TrainingSeries.read(path: out) {
                guard let difference = Self.difference(of: series, from: settings, kernel: kernel, precision: precision)
                else {
                    note(
                        "\(error.description); keeping \(out) (\(series.dataset.name), seed \(series.settings.seed)) as it is"
                    )
                    return
                }
                try fail(
                    "\(PathText.shown(out)) must be retrained (\(difference)), but \(error.description)", status: 4)
            }
            try fail(error.description, status: 1)
        }
        // With --reuse-if-current and a series to compare with, the checksum alone decides; otherwise each
        // file is read once and its bytes are checksummed while they are decoded.
        if reuseIfCurrent, !isCSV, let existing = try? TrainingSeries.read(path: out) {
            let checksum: String
            do { checksum = try DataChecksum.sha256(of: location) } catch { try fail(error.description, status: 1) }
            if Self.difference(of: existing, from: settings, kernel: kernel, precision: precision) == nil,
                existing.dataset.sha256 == checksum
            {
                note(
                    "\(out) is current (\(existing.dataset.name), seed \(settings.seed), data sha256 \(checksum.prefix(12))…); not retraining"
                )
                return
            }
        }

        do {
            try TrainingMemory.check(
                location: location, settings: settings, precision: precision, threads: threads, budget: maxMemory)
        } catch {
            try fail("\(error)", status: 1)
        }
        let data: TrainingData
        do {
            let loaded = try MNISTDataset.load(location: location, fingerprint: DataChecksum.fileDigest)
            data = try TrainingData(
                dataset: loaded.dataset, sha256: DataChecksum.combine(loaded.fingerprints, location: location))
        } catch let error as DatasetError {
            try fail(error.description, status: 1)
        } catch {
            try fail("\(error)", status: 1)
        }
        note(
            "training on \(location.name) from \(location.directory): \(data.summary.trainCount) training and \(data.summary.testCount) test images, seed \(settings.seed)"
        )
        let series: TrainingSeries
        do {
            series = try Trainer(kernel: kernel, precision: precision, threads: threads, memoryBudget: maxMemory)
                .train(data: data, settings: settings, progress: report)
        } catch {
            if case .overMemoryBudget = error { try fail(error.description, status: 1) }
            try fail(error.description, status: 2)
        }
        do {
            try OutputSet.write(isCSV ? Array(series.csvText().utf8) : try series.jsonBytes(), to: destination)
        } catch let error as OutputError {
            try fail(error.message, status: 1)
        } catch {
            try fail("\(error)", status: 1)
        }
        if let divergence = series.divergence {
            try fail(
                "training diverged at iteration \(divergence.iteration) (\(divergence.reason)) with learning rate \(settings.learningRate); "
                    + "wrote the \(series.losses.count) completed iteration\(series.losses.count == 1 ? "" : "s") to \(PathText.shown(out)), marked as diverged",
                status: 3)
        }
        if let last = series.accuracies.last, let loss = series.losses.last {
            note(
                String(
                    format: "done: final loss %.4f, train accuracy %.4f, test accuracy %.4f; wrote %@", loss,
                    last.train, last.test, out))
        }
    }

    /// How `series` differs from a run with these settings by this version, apart from its data; nil if in nothing.
    static func difference(
        of series: TrainingSeries, from settings: TrainingSettings, kernel: ProductKernel, precision: TrainingPrecision
    ) -> String? {
        if series.settings != settings { return "other settings" }
        if series.kernel != kernel || series.precision != precision { return "another kernel or precision" }
        if series.computation != TrainingSeries.currentComputation {
            return
                "computation revision \(series.computation.map(String.init) ?? "1"), now \(TrainingSeries.currentComputation)"
        }
        if series.diverged { return "it diverged" }
        if series.learned == nil {
            return "it has no learned section (weights, confusion matrix), written by an earlier dlplot"
        }
        return nil
    }

    /// Progress on standard error: at every accuracy evaluation and at the end.
    private func report(_ progress: TrainingProgress) {
        guard !quiet, let point = progress.latestAccuracy,
            point.iteration + 1 == progress.completed || progress.completed == progress.total
        else { return }
        // The first iterations include the first full evaluation, so their pace says little about the rest.
        let left =
            progress.completed * 20 >= progress.total
            ? String(format: ", %.1f s left", progress.estimatedSecondsLeft) : ""
        note(
            String(
                format: "iteration %d/%d  loss %.4f  train acc %.4f  test acc %.4f  %.1f s elapsed",
                progress.completed, progress.total, progress.loss, point.train, point.test, progress.elapsedSeconds)
                + left)
    }

    private func note(_ message: String) {
        guard !quiet else { return }
        StandardStreams.printError("dlplot train: \(message)")
    }

    /// Stops with one line on standard error ("dlplot train: …", printed by the entry point) and exit status `status`.
    private func fail(_ message: String, status: Int32) throws -> Never {
        throw CommandError(message: message, status: status)
    }
}
