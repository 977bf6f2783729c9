import Foundation

/// Reading and writing a `TrainingSeries` as JSON (complete, readable back) or CSV (one row per iteration,
/// with the settings in `#` comment lines, for spreadsheets and gnuplot).
extension TrainingSeries {
    /// The series as pretty-printed JSON with sorted keys and unescaped slashes (the same series always gives the
    /// same bytes).
    public func jsonBytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// A series read back from `jsonBytes()`; throws `TrainingSeriesFileError` naming `path` if the bytes are
    /// not such a series.
    public static func decode(jsonBytes: [UInt8], path: String) throws(TrainingSeriesFileError) -> TrainingSeries {
        let series: TrainingSeries
        do {
            series = try JSONDecoder().decode(TrainingSeries.self, from: Data(jsonBytes))
        } catch {
            throw .notASeries(path: path, reason: Self.describe(error))
        }
        guard series.format == currentFormat else {
            throw .notASeries(path: path, reason: "format \"\(series.format)\", expected \"\(currentFormat)\"")
        }
        if let problem = series.learned?.problem(in: series) {
            throw .notASeries(path: path, reason: "learned: \(problem)")
        }
        return series
    }

    /// Reads a JSON series from `path`.
    /// The file is read within `maximumFileBytes` (a sparse 5 GB file took 15 GB of memory to be read whole), and
    /// a FIFO nobody writes to reads as empty.
    public static func read(path: String) throws(TrainingSeriesFileError) -> TrainingSeries {
        let bytes = try StoredFile.read(atPath: path, maximumBytes: maximumFileBytes, waitingForWriter: false) {
            failure in
            switch failure {
            case .tooLarge(_, let bytes, let maximum):
                TrainingSeriesFileError.tooLarge(path: path, bytes: bytes, maximumBytes: maximum)
            default: TrainingSeriesFileError.cannotRead(path: path)
            }
        }
        return try decode(jsonBytes: bytes, path: path)
    }

    /// The largest series file read, in bytes: room for the longest run `dlplot train` allows
    /// (`TrainingSettings.iterationRange`, about 25 bytes of JSON an iteration).
    public static let maximumFileBytes = 256 << 20

    /// The series as CSV: `#` lines with the data set, settings and divergence, then
    /// `iteration,epoch,loss,train_accuracy,test_accuracy`, one row per iteration (accuracies only where measured).
    public func csvText() -> String {
        var lines = [
            "# \(Self.currentFormat)",
            "# dataset: \(dataset.name), sha256 \(dataset.sha256), train \(dataset.trainCount), test \(dataset.testCount)",
            "# settings: iterations \(settings.iterations), batch \(settings.batchSize), lr \(settings.learningRate), "
                + "hidden \(settings.hiddenSize), init std \(settings.weightInitStd), seed \(settings.seed), "
                + "\(precision), kernel \(kernel), iterations per epoch \(iterationsPerEpoch)",
        ]
        if let divergence {
            lines.append("# diverged at iteration \(divergence.iteration): \(divergence.reason)")
        }
        lines.append("iteration,epoch,loss,train_accuracy,test_accuracy")
        var accuracyByIteration: [Int: AccuracyPoint] = [:]
        for point in accuracies { accuracyByIteration[point.iteration] = point }
        for (iteration, loss) in losses.enumerated() {
            if let point = accuracyByIteration[iteration] {
                lines.append("\(iteration),\(point.epoch),\(loss),\(point.train),\(point.test)")
            } else {
                lines.append("\(iteration),,\(loss),,")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty:
            return "bad value at \(fieldPath(context.codingPath)): \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context): return "not valid JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, _): return "missing field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong value at \(fieldPath(context.codingPath))"
        default: return "\(error)"
        }
    }

    /// "learned.misclassified.0.probability": keys by name, array elements by index.
    private static func fieldPath(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { key in key.intValue.map(String.init) ?? key.stringValue }.joined(separator: ".")
    }
}

/// Why a training-series file could not be read.
public enum TrainingSeriesFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is missing or unreadable.
    case cannotRead(path: String)
    /// The file holds (or a pipe delivers) more than `TrainingSeries.maximumFileBytes`.
    case tooLarge(path: String, bytes: Int, maximumBytes: Int)
    /// The file is not a training series of this version.
    case notASeries(path: String, reason: String)

    /// The error as one line for the user, naming what was wrong.
    public var description: String {
        switch self {
        case .cannotRead(let path): return "\(path): cannot read the training series (missing or not readable)"
        case .tooLarge(let path, let bytes, let maximum):
            return "\(path): holds \(bytes) bytes or more, more than the \(maximum) a training series may have"
        case .notASeries(let path, let reason): return "\(path): not a dlplot training series: \(reason)"
        }
    }
}
