import CZlib
import Foundation
import Testing

@testable import Core

/// Small IDX files written by the tests themselves (raw or gzip-compressed), in a fresh temporary folder.
struct IDXFixture {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "dlplot-idx-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder + "/" + name }

    /// Header bytes: the magic and each dimension as big-endian `UInt32`.
    static func header(magic: UInt32, dimensions: [UInt32]) -> [UInt8] {
        ([magic] + dimensions).flatMap { word in
            (0..<4).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) }
        }
    }

    /// Deterministic pixels for `count` images of `rows × columns`: image i is brighter where its class is.
    static func pixels(count: Int, rows: Int, columns: Int, labels: [UInt8]) -> [UInt8] {
        var pixels: [UInt8] = []
        for image in 0..<count {
            for index in 0..<rows * columns {
                let hot = index % 10 == Int(labels[image % labels.count])
                pixels.append(hot ? UInt8(200 + (image + index) % 56) : UInt8((image * 7 + index * 3) % 40))
            }
        }
        return pixels
    }

    /// Writes `bytes` raw, or gzip-compressed when `gzip` is true.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8], gzip: Bool = false) -> String {
        let path = self.path(name)
        if gzip {
            let file = gzopen(path, "wb")
            bytes.withUnsafeBytes { buffer in _ = gzwrite(file, buffer.baseAddress, UInt32(buffer.count)) }
            gzclose(file)
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
        return path
    }

    /// Writes the four files of a tiny data set with 4 × 4 images; returns its location.
    func writeDataset(trainCount: Int = 40, testCount: Int = 20, gzip: Bool = true) -> DatasetLocation {
        let suffix = gzip ? ".gz" : ""
        for (prefix, count) in [("train", trainCount), ("t10k", testCount)] {
            let labels = (0..<count).map { UInt8(($0 * 7 + 3) % 10) }
            write(
                "\(prefix)-images-idx3-ubyte" + suffix,
                Self.header(magic: 2051, dimensions: [UInt32(count), 4, 4])
                    + Self.pixels(count: count, rows: 4, columns: 4, labels: labels), gzip: gzip)
            write(
                "\(prefix)-labels-idx1-ubyte" + suffix, Self.header(magic: 2049, dimensions: [UInt32(count)]) + labels,
                gzip: gzip)
        }
        return DatasetLocation(directory: folder, name: "Tiny")
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

@Suite("IDX loader")
struct IDXLoaderTests {
    @Test("raw and gzip files give the same images and labels", arguments: [false, true])
    func readsRawAndGzip(gzip: Bool) throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let labels: [UInt8] = [3, 1, 4, 1, 5, 9]
        let pixels = IDXFixture.pixels(count: 6, rows: 3, columns: 2, labels: labels)
        let imagesPath = fixture.write(
            "images", IDXFixture.header(magic: 2051, dimensions: [6, 3, 2]) + pixels, gzip: gzip)
        let labelsPath = fixture.write("labels", IDXFixture.header(magic: 2049, dimensions: [6]) + labels, gzip: gzip)
        let images = try IDXImages(contentsOf: imagesPath)
        #expect(images.count == 6 && images.rows == 3 && images.columns == 2)
        #expect(images.pixels == pixels)
        #expect(try IDXLabels(contentsOf: labelsPath).labels == labels)
    }

    @Test("a label file read as images names the file and both kinds")
    func wrongMagic() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let path = fixture.write("labels.gz", IDXFixture.header(magic: 2049, dimensions: [2]) + [0, 1], gzip: true)
        #expect(throws: IDXError.wrongMagic(path: path, found: 2049, expected: 2051)) {
            try IDXImages(contentsOf: path)
        }
        let message = IDXError.wrongMagic(path: path, found: 2049, expected: 2051).description
        #expect(message.contains(path) && message.contains("label file") && message.contains("image file"))
    }

    @Test("a file that is not IDX at all is rejected by its magic number")
    func notIDX() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let path = fixture.write("notes.txt", Array("hello, this is text\n".utf8))
        #expect(throws: IDXError.wrongMagic(path: path, found: 0x6865_6c6c, expected: 2049)) {
            try IDXLabels(contentsOf: path)
        }
    }

    @Test("truncated data, raw or gzip, is reported with the expected and found lengths", arguments: [false, true])
    func truncated(gzip: Bool) throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let path = fixture.write(
            "images", IDXFixture.header(magic: 2051, dimensions: [3, 2, 2]) + [1, 2, 3, 4, 5], gzip: gzip)
        #expect(throws: IDXError.truncated(path: path, expectedBytes: 28, foundBytes: 21)) {
            try IDXImages(contentsOf: path)
        }
    }

    @Test("a cut gzip stream is an error, not a crash")
    func cutGzipStream() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let whole = fixture.write(
            "whole.gz", IDXFixture.header(magic: 2049, dimensions: [500]) + (0..<500).map { UInt8($0 % 10) }, gzip: true
        )
        let bytes = try #require(FileManager.default.contents(atPath: whole))
        let cut = fixture.write("cut.gz", Array(bytes.prefix(bytes.count - 12)))
        #expect(throws: IDXError.self) { try IDXLabels(contentsOf: cut) }
    }

    @Test("an empty file, a header cut short and extra bytes are errors")
    func lengths() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let empty = fixture.write("empty", [])
        #expect(throws: IDXError.truncated(path: empty, expectedBytes: 8, foundBytes: 0)) {
            try IDXLabels(contentsOf: empty)
        }
        let shortHeader = fixture.write("short", IDXFixture.header(magic: 2051, dimensions: [1]))
        #expect(throws: IDXError.truncated(path: shortHeader, expectedBytes: 16, foundBytes: 8)) {
            try IDXImages(contentsOf: shortHeader)
        }
        let long = fixture.write("long", IDXFixture.header(magic: 2049, dimensions: [2]) + [1, 2, 3])
        #expect(throws: IDXError.trailingBytes(path: long, expectedBytes: 10)) { try IDXLabels(contentsOf: long) }
    }

    @Test("zero or huge dimensions are rejected before any allocation")
    func dimensions() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let zero = fixture.write("zero", IDXFixture.header(magic: 2051, dimensions: [0, 28, 28]))
        #expect(
            throws: IDXError.badDimension(path: zero, field: "count", value: 0, allowed: 1...IDXHeader.maximumDimension)
        ) { try IDXImages(contentsOf: zero) }
        let huge = fixture.write("huge", IDXFixture.header(magic: 2051, dimensions: [9_000_000, 9_000_000, 9_000_000]))
        #expect(
            throws: IDXError.tooLarge(
                path: huge, dimensions: [9_000_000, 9_000_000, 9_000_000], maximumBytes: IDXHeader.maximumBytes)
        ) {
            try IDXImages(contentsOf: huge)
        }
    }

    @Test("labels outside 0...9 and missing files are errors naming the file")
    func labelsAndMissing() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let path = fixture.write("labels", IDXFixture.header(magic: 2049, dimensions: [3]) + [1, 12, 2])
        #expect(throws: IDXError.labelOutOfRange(path: path, index: 1, label: 12, classes: 10)) {
            try IDXLabels(contentsOf: path)
        }
        let missing = fixture.path("nothing-here")
        #expect(throws: IDXError.cannotOpen(path: missing)) { try IDXImages(contentsOf: missing) }
        #expect(throws: IDXError.self) { try IDXImages(contentsOf: fixture.folder) }
    }
}

@Suite("MNIST-format data set")
struct IDXDatasetTests {
    @Test("the four files load, raw or gzip, with load_mnist's options", arguments: [false, true])
    func loads(gzip: Bool) throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let dataset = try MNISTDataset(location: fixture.writeDataset(gzip: gzip))
        #expect(dataset.train.count == 40 && dataset.test.count == 20)
        let flat = dataset.load(as: Float.self)
        #expect(flat.train.xShape == [40, 16] && flat.train.tShape == [40])
        #expect(flat.train.x.allSatisfy { (0...1).contains($0) })
        #expect(flat.train.x[0] == Float(dataset.train.images.pixels[0]) / 255)
        let raw = dataset.load(as: Double.self, normalize: false, flatten: false, oneHotLabel: true)
        #expect(raw.test.xShape == [20, 1, 4, 4] && raw.test.tShape == [20, 10])
        #expect(raw.test.x.max() ?? 0 > 1)
        for row in 0..<20 {
            let oneHot = Array(raw.test.t[row * 10..<row * 10 + 10])
            #expect(oneHot.reduce(0, +) == 1 && oneHot[Int(dataset.test.labels.labels[row])] == 1)
        }
    }

    @Test("images and labels of different counts are refused, naming both files")
    func countMismatch() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let location = fixture.writeDataset()
        let labelsPath = fixture.write(
            "t10k-labels-idx1-ubyte.gz",
            IDXFixture.header(magic: 2049, dimensions: [19]) + Array(repeating: 1, count: 19), gzip: true)
        #expect(
            throws: DatasetError.countMismatch(
                imagesPath: fixture.path("t10k-images-idx3-ubyte.gz"), images: 20, labelsPath: labelsPath, labels: 19)
        ) {
            try MNISTDataset(location: location)
        }
    }

    @Test("a missing folder says how to get the data; a missing file names it")
    func missing() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let nowhere = fixture.path("no-such-folder")
        #expect(throws: DatasetError.missingDirectory(path: nowhere, source: "from --data-dir")) {
            try DatasetLocation.resolve(explicit: nowhere, environment: [:])
        }
        let message = DatasetError.missingDirectory(path: nowhere, source: "from --data-dir").description
        #expect(message.contains("apt-get install dataset-fashion-mnist") && message.contains("make deps-data"))
        #expect(throws: DatasetError.missingFile(directory: fixture.folder, baseName: "train-images-idx3-ubyte")) {
            try MNISTDataset(location: DatasetLocation(directory: fixture.folder))
        }
    }

    @Test("the folder comes from --data-dir, then DLPLOT_DATA, then Debian's package; the name from the path")
    func location() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        let fromEnvironment = try DatasetLocation.resolve(explicit: nil, environment: ["DLPLOT_DATA": fixture.folder])
        #expect(fromEnvironment.directory == fixture.folder && fromEnvironment.name == "MNIST")
        #expect(
            try DatasetLocation.resolve(
                explicit: fixture.folder, environment: ["DLPLOT_DATA": "/nowhere"], name: "Mine"
            ).name == "Mine")
        #expect(DatasetLocation(directory: "/usr/share/datasets/fashion-mnist").name == "Fashion-MNIST")
        #expect(
            throws: DatasetError.missingDirectory(
                path: DatasetLocation.defaultDirectory + "-absent", source: "from DLPLOT_DATA")
        ) {
            try DatasetLocation.resolve(
                explicit: nil, environment: ["DLPLOT_DATA": DatasetLocation.defaultDirectory + "-absent"])
        }
    }
}
