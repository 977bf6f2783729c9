/// Training and test examples ready for training: pixels as bytes (normalised by /255 when a batch is built),
/// labels as class indices.
public struct TrainingData: Sendable {
    /// What the series will record about the data.
    public let summary: DatasetSummary
    /// Inputs per example.
    public let pixelsPerImage: Int
    /// Classes (outputs of the net).
    public let classes: Int
    /// Pixel rows of an image.
    public let imageRows: Int
    /// Pixel columns of an image.
    public let imageColumns: Int
    let trainPixels: [UInt8]
    let trainLabels: [Int]
    let testPixels: [UInt8]
    let testLabels: [Int]

    /// The data of a loaded data set; `sha256` is the fingerprint of its files the series will record.
    public init(dataset: MNISTDataset, sha256: String) throws(TrainingError) {
        try self.init(
            name: dataset.location.name, sha256: sha256, train: dataset.train, test: dataset.test,
            classes: MNISTDataset.classes)
    }

    /// Data from two splits (the same image size, neither empty) and the name and checksum to record.
    public init(
        name: String, sha256: String, train: LabeledImages, test: LabeledImages, classes: Int = MNISTDataset.classes
    ) throws(TrainingError) {
        guard train.count > 0, test.count > 0 else {
            throw .unusableData(
                "the training set has \(train.count) and the test set \(test.count) examples; both need at least one")
        }
        guard train.images.pixelsPerImage == test.images.pixelsPerImage else {
            throw .unusableData(
                "training images have \(train.images.pixelsPerImage) pixels but test images \(test.images.pixelsPerImage); they must match"
            )
        }
        summary = DatasetSummary(name: name, sha256: sha256, trainCount: train.count, testCount: test.count)
        pixelsPerImage = train.images.pixelsPerImage
        (imageRows, imageColumns) = (test.images.rows, test.images.columns)
        self.classes = classes
        trainPixels = train.images.pixels
        trainLabels = train.labels.labels.map { Int($0) }
        testPixels = test.images.pixels
        testLabels = test.labels.labels.map { Int($0) }
    }
}
