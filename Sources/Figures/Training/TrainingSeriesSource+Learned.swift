import Core
import Foundation

/// What the figures of the trained net (the confusion matrix, the hidden units' weights, the misclassified
/// images, the weight distributions) read: the series' `learned` section, with the same sources as the
/// training figures (`--series`, `DLPLOT_TRAINING_SERIES`, else the committed seed-1 run).
extension TrainingSeriesSource {
    /// The series and what its net learned; a series without a `learned` section (diverged, or written by an
    /// earlier dlplot) is a one-line error that says how to make one.
    public static func loadLearned(
        given: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TrainingSeriesUnavailable) -> (series: TrainingSeries, learned: LearnedNet) {
        let series = try load(given: given, environment: environment)
        guard let learned = series.learned else {
            let name = path(given: given, environment: environment) ?? committedName
            let why = series.diverged ? "its training diverged" : "it was written by an earlier dlplot"
            throw TrainingSeriesUnavailable(
                message:
                    "\(name): the series records no learned weights (\(why)); run `dlplot train --out FILE.json` and pass --series FILE.json"
            )
        }
        return (series, learned)
    }
}
