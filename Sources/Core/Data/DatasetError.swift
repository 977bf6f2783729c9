/// Why a data set (four IDX files in a folder) could not be used. `description` is one line for the user.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data folder does not exist; `source` says where its name came from.
    case missingDirectory(path: String, source: String)
    /// The folder lacks one of the four files (gzip-compressed or raw).
    case missingFile(directory: String, baseName: String)
    /// An image file and its label file hold different numbers of items.
    case countMismatch(imagesPath: String, images: Int, labelsPath: String, labels: Int)
    /// Training and test images have different sizes.
    case shapeMismatch(trainPath: String, train: String, testPath: String, test: String)
    /// One of the files is not a valid IDX file.
    case invalidFile(IDXError)

    /// The error as one line for the user, naming what was wrong.
    public var description: String {
        switch self {
        case .missingDirectory(let path, let source):
            return "data folder \(path) (\(source)) does not exist; install the data with "
                + "`apt-get install dataset-fashion-mnist` (or `make deps-data`), or pass --data-dir DIR "
                + "or set \(DatasetLocation.environmentVariable) to a folder with MNIST-format IDX files"
        case .missingFile(let directory, let baseName):
            return
                "\(directory): no \(baseName).gz or \(baseName) in this folder (expected the four MNIST-format IDX files)"
        case .countMismatch(let imagesPath, let images, let labelsPath, let labels):
            return "\(imagesPath) holds \(images) images but \(labelsPath) holds \(labels) labels; they must match"
        case .shapeMismatch(let trainPath, let train, let testPath, let test):
            return "\(trainPath) has \(train) images but \(testPath) has \(test) images; they must match"
        case .invalidFile(let error):
            return error.description
        }
    }
}
