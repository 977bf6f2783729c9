/// An MNIST-format data set read from its four IDX files: 60,000 training and 10,000 test images in MNIST
/// and Fashion-MNIST, 28 × 28 pixels, 10 classes.
public struct MNISTDataset: Sendable {
    /// The number of classes (labels are `0..<classes`).
    public static let classes = 10

    /// Where the files were read from and the data set's name.
    public let location: DatasetLocation
    /// The training split.
    public let train: LabeledImages
    /// The test split.
    public let test: LabeledImages

    /// Reads and checks the four files at `location`.
    public init(location: DatasetLocation) throws(DatasetError) {
        self.location = location
        train = try Self.split(location, images: .trainImages, labels: .trainLabels)
        test = try Self.split(location, images: .testImages, labels: .testLabels)
        guard train.images.rows == test.images.rows, train.images.columns == test.images.columns else {
            throw .shapeMismatch(
                trainPath: try location.path(of: .trainImages), train: "\(train.images.rows) × \(train.images.columns)",
                testPath: try location.path(of: .testImages), test: "\(test.images.rows) × \(test.images.columns)")
        }
    }

    /// The book's `load_mnist`: training and test splits as arrays.
    public func load<Scalar: BinaryFloatingPoint>(
        as type: Scalar.Type = Scalar.self, normalize: Bool = true, flatten: Bool = true, oneHotLabel: Bool = false
    ) -> (train: LabeledArrays<Scalar>, test: LabeledArrays<Scalar>) {
        (train.arrays(as: type, normalize: normalize, flatten: flatten, oneHotLabel: oneHotLabel, classes: Self.classes),
         test.arrays(as: type, normalize: normalize, flatten: flatten, oneHotLabel: oneHotLabel, classes: Self.classes))
    }

    private static func split(_ location: DatasetLocation, images: DatasetFile, labels: DatasetFile) throws(DatasetError) -> LabeledImages {
        let imagesPath = try location.path(of: images)
        let labelsPath = try location.path(of: labels)
        do {
            return try LabeledImages(
                images: IDXImages(contentsOf: imagesPath), labels: IDXLabels(contentsOf: labelsPath, classes: classes),
                imagesPath: imagesPath, labelsPath: labelsPath)
        } catch let error as IDXError {
            throw .invalidFile(error)
        } catch let error as DatasetError {
            throw error
        } catch {
            throw .invalidFile(.unreadable(path: imagesPath, reason: "\(error)"))
        }
    }
}
