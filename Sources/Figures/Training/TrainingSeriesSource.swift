import Core
import Foundation

/// Where the training figures get their series: `--series FILE`, else the file named by `DLPLOT_TRAINING_SERIES`,
/// else the series committed with the sources (`Sources/Figures/Resources/training-series.json`, written by
/// `dlplot train --seed 1`; `make figures` retrains it only when the data, settings or computation change), which
/// is compiled into the binary (`CommittedTrainingSeries.swift`) so that a copied or installed `dlplot` needs no
/// file beside it.
public enum TrainingSeriesSource {
    /// The environment variable that points the training figures at another series (from `dlplot train --out`).
    public static let environmentVariable = "DLPLOT_TRAINING_SERIES"

    /// The name the compiled-in series goes by in messages.
    public static let committedName = "the committed seed-1 series"

    /// The series file the figures read: `given` (a figure's `--series`), else `DLPLOT_TRAINING_SERIES`; nil
    /// for the committed run compiled into the binary.
    public static func path(
        given: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let given, !given.isEmpty { return given }
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        return nil
    }

    /// The committed seed-1 run, decoded from the copy compiled into the binary.
    public static func committed() throws(TrainingSeriesFileError) -> TrainingSeries {
        try TrainingSeries.decode(jsonBytes: Array(committedJSON.utf8), path: committedName)
    }

    /// The `--series` option of the training figures.
    static let parameter = ParameterSpec(
        .series, .file("a training series written by `dlplot train --out FILE.json`"), default: "",
        help: "Draw this training run (from `dlplot train --out FILE.json`).",
        defaultDescription: "$\(environmentVariable), else the committed seed-1 run")

    /// Reads the series; a missing or malformed file is a one-line error that says how to make one.
    public static func load(
        given: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TrainingSeriesUnavailable) -> TrainingSeries {
        do {
            guard let path = path(given: given, environment: environment) else { return try committed() }
            return try TrainingSeries.read(path: path)
        } catch {
            throw TrainingSeriesUnavailable(
                message: "\(error.description); run `dlplot train --out FILE.json` and pass --series FILE.json")
        }
    }

    /// "Fashion-MNIST, seed 1" — what a title says about the run.
    static func runDescription(_ series: TrainingSeries) -> String {
        "\(series.dataset.name), seed \(series.settings.seed)"
    }

    /// A warning for the reader when the run stopped early.
    static func warnings(_ series: TrainingSeries) -> [String] {
        guard let divergence = series.divergence else { return [] }
        return [
            "the training diverged at iteration \(divergence.iteration) (\(divergence.reason)); the figure shows the \(series.losses.count) iterations before it"
        ]
    }
}

/// The training series could not be read (one line: the file, what is wrong, how to make one).
public struct TrainingSeriesUnavailable: Error, CustomStringConvertible {
    /// The message.
    public let message: String
    public var description: String { message }
}
