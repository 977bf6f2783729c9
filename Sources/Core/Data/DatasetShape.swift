/// The shape of a data set read from its files' headers alone.
struct DatasetShape: CustomStringConvertible {
    let trainCount: Int
    let testCount: Int
    let rows: Int
    let columns: Int
    /// The four files' sizes on disk.
    let storedBytes: Int

    var pixelsPerImage: Int { Saturating.multiply(rows, columns) }

    /// The shape at `location`, or nil when a file is a pipe or device. Throws for a missing or bad file.
    init?(location: DatasetLocation) throws {
        var headers: [DatasetFile: IDXHeader] = [:]
        var stored = 0
        for file in DatasetFile.allCases {
            let path = try location.path(of: file)
            guard let header = try file.kind.header(atPath: path), let size = try StoredFile.idxSize(atPath: path)
            else {
                return nil
            }
            headers[file] = header
            stored = Saturating.add(stored, size)
        }
        guard let train = headers[.trainImages]?.dimensions, let test = headers[.testImages]?.dimensions,
            train.count == 3, test.count == 3
        else { return nil }
        trainCount = train[0]
        testCount = test[0]
        rows = max(train[1], test[1])
        columns = max(train[2], test[2])
        storedBytes = stored
    }

    var description: String {
        "\(trainCount) training and \(testCount) test images of \(rows) × \(columns) pixels"
    }
}
