import Foundation

/// Where the MNIST-format data lives and what to call it in titles and captions.
public struct DatasetLocation: Sendable, Equatable {
    /// The folder of Debian's package `dataset-fashion-mnist`, used when nothing else is given.
    public static let defaultDirectory = "/usr/share/datasets/fashion-mnist"
    /// The environment variable that names the data folder when `--data-dir` is not given.
    public static let environmentVariable = "DLPLOT_DATA"

    /// The data folder.
    public let directory: String
    /// The data set's display name, e.g. "Fashion-MNIST" or "MNIST".
    public let name: String

    /// A location from a folder and a name (when `name` is nil it is guessed from the folder's path).
    public init(directory: String, name: String? = nil) {
        self.directory = directory
        self.name = name ?? Self.guessName(directory: directory)
    }

    /// Resolves the folder: `explicit` (`--data-dir`), else the environment variable `DLPLOT_DATA`, else the
    /// Debian package's folder. Throws `DatasetError.missingDirectory`, saying how to get the data, if the
    /// folder does not exist.
    public static func resolve(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment, name: String? = nil
    ) throws(DatasetError) -> DatasetLocation {
        let (directory, source): (String, String)
        if let explicit, !explicit.isEmpty {
            (directory, source) = (explicit, "from --data-dir")
        } else if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            (directory, source) = (fromEnvironment, "from \(environmentVariable)")
        } else {
            (directory, source) = (defaultDirectory, "the default, Debian's dataset-fashion-mnist")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingDirectory(path: directory, source: source)
        }
        return DatasetLocation(directory: directory, name: name)
    }

    /// The path of one of the four files: `<base>.gz` if present, else the raw `<base>`.
    public func path(of file: DatasetFile) throws(DatasetError) -> String {
        let base = (directory as NSString).appendingPathComponent(file.baseName)
        for candidate in [base + ".gz", base] where FileManager.default.isReadableFile(atPath: candidate) {
            return candidate
        }
        throw .missingFile(directory: directory, baseName: file.baseName)
    }

    /// "Fashion-MNIST" when the folder's path says so, otherwise "MNIST" (the format's name).
    static func guessName(directory: String) -> String {
        directory.lowercased().contains("fashion") ? "Fashion-MNIST" : "MNIST"
    }
}

/// The four files of an MNIST-format data set.
public enum DatasetFile: String, CaseIterable, Sendable {
    /// The training images (`train-images-idx3-ubyte`).
    case trainImages
    /// The training labels (`train-labels-idx1-ubyte`).
    case trainLabels
    /// The test images (`t10k-images-idx3-ubyte`).
    case testImages
    /// The test labels (`t10k-labels-idx1-ubyte`).
    case testLabels

    /// The file name without `.gz`, as MNIST and Fashion-MNIST publish it.
    public var baseName: String {
        switch self {
        case .trainImages: return "train-images-idx3-ubyte"
        case .trainLabels: return "train-labels-idx1-ubyte"
        case .testImages: return "t10k-images-idx3-ubyte"
        case .testLabels: return "t10k-labels-idx1-ubyte"
        }
    }
}
