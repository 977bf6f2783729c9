/// Images and their labels, the same number of each (one split of a data set).
public struct LabeledImages: Sendable, Equatable {
    /// The images.
    public let images: IDXImages
    /// One label per image.
    public let labels: IDXLabels

    /// The number of examples.
    public var count: Int { images.count }

    /// Pairs images with labels; throws `DatasetError.countMismatch` when their counts differ. The paths only
    /// name the files in the message.
    public init(
        images: IDXImages, labels: IDXLabels, imagesPath: String = "images", labelsPath: String = "labels"
    ) throws(DatasetError) {
        guard images.count == labels.count else {
            throw .countMismatch(
                imagesPath: imagesPath, images: images.count, labelsPath: labelsPath, labels: labels.count)
        }
        self.images = images
        self.labels = labels
    }

    /// The split as arrays, like the book's `load_mnist(normalize, flatten, one_hot_label)`.
    /// - Parameters:
    ///   - normalize: pixels divided by 255 into 0...1 (otherwise 0...255).
    ///   - flatten: shape `[count, rows × columns]` (otherwise `[count, 1, rows, columns]`); the values are
    ///     stored row-major either way.
    ///   - oneHotLabel: labels as one-hot rows of `classes` values (otherwise one class index per example).
    public func arrays<Scalar: BinaryFloatingPoint>(
        as _: Scalar.Type = Scalar.self, normalize: Bool = true, flatten: Bool = true, oneHotLabel: Bool = false,
        classes: Int = 10
    ) -> LabeledArrays<Scalar> {
        let scale: Scalar = normalize ? 255 : 1
        let pixelValues = (0...255).map { Scalar($0) / scale }
        let x = images.pixels.map { pixelValues[Int($0)] }
        let xShape = flatten ? [count, images.pixelsPerImage] : [count, 1, images.rows, images.columns]
        guard oneHotLabel else {
            return LabeledArrays(x: x, xShape: xShape, t: labels.labels.map { Scalar($0) }, tShape: [count])
        }
        var t = [Scalar](repeating: 0, count: count * classes)
        for (row, label) in labels.labels.enumerated() where Int(label) < classes {
            t[row * classes + Int(label)] = 1
        }
        return LabeledArrays(x: x, xShape: xShape, t: t, tShape: [count, classes])
    }
}

/// A split as flat row-major arrays with their shapes (the book's `(x, t)` pair).
public struct LabeledArrays<Scalar: BinaryFloatingPoint & Sendable>: Sendable, Equatable {
    /// The inputs, row-major.
    public let x: [Scalar]
    /// The inputs' shape: `[count, pixels]` or `[count, 1, rows, columns]`.
    public let xShape: [Int]
    /// The targets: class indices or one-hot rows.
    public let t: [Scalar]
    /// The targets' shape: `[count]` or `[count, classes]`.
    public let tShape: [Int]
}
