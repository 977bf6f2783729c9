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

    /// Reads and checks the four files at `location` (side by side on the cores).
    public init(location: DatasetLocation) throws(DatasetError) {
        self = try Self.load(location: location, fingerprint: { _ in () }).dataset
    }

    private init(location: DatasetLocation, train: LabeledImages, test: LabeledImages) {
        self.location = location
        self.train = train
        self.test = test
    }

    /// Reads and checks the four files at `location`, each read from disk once: `fingerprint` (a checksum, say)
    /// gets each file's bytes as stored while the same bytes are decoded. The files are read, decoded and
    /// fingerprinted side by side on the cores; the results do not depend on it, and when several files are
    /// bad the error is the one a reading in `DatasetFile` order meets first.
    /// - Returns: the data set and the fingerprints of its files in `DatasetFile.allCases` order.
    public static func load<Fingerprint: Sendable>(
        location: DatasetLocation, fingerprint: @escaping @Sendable (_ stored: [UInt8]) -> Fingerprint
    ) throws(DatasetError) -> (dataset: MNISTDataset, fingerprints: [Fingerprint]) {
        let paths = DatasetFile.allCases.map { file in Result { () throws(DatasetError) in try location.path(of: file) }
        }
        let stored = readStored(paths)
        // Longest jobs first: the training images' decoding, then their fingerprint, then the test images'.
        let order: [DatasetFile] = [.trainImages, .testImages, .trainLabels, .testLabels]
        let outcomes = InOrderJobs.run(count: 2 * order.count) { job -> FileOutcome<Fingerprint> in
            let file = order[job / 2]
            guard case .success(let bytes)? = stored[file.index], case .success(let path) = paths[file.index] else {
                return .skipped
            }
            guard job % 2 == 0 else { return .fingerprint(fingerprint(bytes)) }
            return .decoded(Result { () throws(IDXError) in try decode(file, stored: bytes, path: path) })
        }
        func outcome(_ file: DatasetFile, fingerprint: Bool) -> FileOutcome<Fingerprint> {
            outcomes[2 * (order.firstIndex(of: file) ?? 0) + (fingerprint ? 1 : 0)]
        }
        func split(images: DatasetFile, labels: DatasetFile) throws(DatasetError) -> LabeledImages {
            let imagesPath = try paths[images.index].get()
            let labelsPath = try paths[labels.index].get()
            let decodedImages = try decoded(
                outcome(images, fingerprint: false), file: images, stored: stored, path: imagesPath)
            let decodedLabels = try decoded(
                outcome(labels, fingerprint: false), file: labels, stored: stored, path: labelsPath)
            guard case .images(let imageSet) = decodedImages, case .labels(let labelSet) = decodedLabels else {
                throw .invalidFile(.unreadable(path: imagesPath, reason: "internal error: file kinds mixed up"))
            }
            return try LabeledImages(images: imageSet, labels: labelSet, imagesPath: imagesPath, labelsPath: labelsPath)
        }
        let train = try split(images: .trainImages, labels: .trainLabels)
        let test = try split(images: .testImages, labels: .testLabels)
        guard train.images.rows == test.images.rows, train.images.columns == test.images.columns else {
            throw .shapeMismatch(
                trainPath: try paths[DatasetFile.trainImages.index].get(),
                train: "\(train.images.rows) × \(train.images.columns)",
                testPath: try paths[DatasetFile.testImages.index].get(),
                test: "\(test.images.rows) × \(test.images.columns)")
        }
        // Every file was read and decoded, so every fingerprint was taken.
        let fingerprints = DatasetFile.allCases.compactMap { file -> Fingerprint? in
            guard case .fingerprint(let value) = outcome(file, fingerprint: true) else { return nil }
            return value
        }
        return (MNISTDataset(location: location, train: train, test: test), fingerprints)
    }

    /// The fingerprints of the four files at `location`, in `DatasetFile.allCases` order, without decoding them
    /// (each file read once, side by side on the cores). Throws for a missing or unreadable file.
    public static func fingerprints<Fingerprint: Sendable>(
        location: DatasetLocation, fingerprint: @escaping @Sendable (_ stored: [UInt8]) -> Fingerprint
    ) throws(DatasetError) -> [Fingerprint] {
        var paths: [String] = []
        for file in DatasetFile.allCases { paths.append(try location.path(of: file)) }
        let found = paths
        let outcomes = InOrderJobs.run(count: found.count) { index in
            // Bounded, but not checked as IDX: a checksum reads bytes as stored and never decodes them.
            Result { () throws(IDXError) in
                try fingerprint(StoredFile.bytes(atPath: found[index], maximumBytes: IDXHeader.maximumStoredBytes))
            }
        }
        var fingerprints: [Fingerprint] = []
        for outcome in outcomes {
            do { fingerprints.append(try outcome.get()) } catch { throw .invalidFile(error) }
        }
        return fingerprints
    }

    /// The book's `load_mnist`: training and test splits as arrays.
    public func load<Scalar: BinaryFloatingPoint>(
        as type: Scalar.Type = Scalar.self, normalize: Bool = true, flatten: Bool = true, oneHotLabel: Bool = false
    ) -> (train: LabeledArrays<Scalar>, test: LabeledArrays<Scalar>) {
        (
            train.arrays(
                as: type, normalize: normalize, flatten: flatten, oneHotLabel: oneHotLabel, classes: Self.classes),
            test.arrays(
                as: type, normalize: normalize, flatten: flatten, oneHotLabel: oneHotLabel, classes: Self.classes)
        )
    }

    /// Each found file's bytes as stored, read side by side, in `DatasetFile.allCases` order (nil where the
    /// file was not found).
    private static func readStored(_ paths: [Result<String, DatasetError>]) -> [Result<[UInt8], IDXError>?] {
        // The training images first: they are most of the bytes.
        InOrderJobs.run(count: paths.count) { index in
            guard case .success(let path) = paths[index] else { return nil }
            return Result { () throws(IDXError) in try DatasetFile.allCases[index].kind.storedBytes(atPath: path) }
        }
    }

    private static func decode(_ file: DatasetFile, stored: [UInt8], path: String) throws(IDXError) -> DecodedFile {
        switch file {
        case .trainImages, .testImages: return .images(try IDXImages(stored: stored, path: path))
        case .trainLabels, .testLabels: return .labels(try IDXLabels(stored: stored, path: path, classes: classes))
        }
    }

    /// A decoding's result, or the error of reading the file in the first place.
    private static func decoded<Fingerprint>(
        _ outcome: FileOutcome<Fingerprint>, file: DatasetFile, stored: [Result<[UInt8], IDXError>?], path: String
    ) throws(DatasetError) -> DecodedFile {
        switch (outcome, stored[file.index]) {
        case (.decoded(.success(let decoded)), _): return decoded
        case (.decoded(.failure(let error)), _), (_, .failure(let error)?): throw .invalidFile(error)
        default: throw .invalidFile(.cannotOpen(path: path))
        }
    }
}

/// A decoded IDX file of either kind.
private enum DecodedFile: Sendable {
    case images(IDXImages)
    case labels(IDXLabels)
}

/// What one loading job produced.
private enum FileOutcome<Fingerprint: Sendable>: Sendable {
    case decoded(Result<DecodedFile, IDXError>)
    case fingerprint(Fingerprint)
    /// The file was missing or could not be read, so there was nothing to do.
    case skipped
}

extension DatasetFile {
    /// The file's place in `allCases`.
    var index: Int { DatasetFile.allCases.firstIndex(of: self) ?? 0 }

    /// Images or labels.
    var kind: IDXKind {
        switch self {
        case .trainImages, .testImages: return .images
        case .trainLabels, .testLabels: return .labels
        }
    }
}
