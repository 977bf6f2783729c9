import Foundation
import Testing

@testable import Core

/// Issue 10: a run is checked for divergence on every iteration, and its memory is estimated and checked
/// against a budget before the net is allocated.
@Suite("Training within bounds")
struct TrainingBoundsTests {
    /// `--lr 1e30 --iters 99` exited 0: the loss stays finite (saturated) and the 100-iteration window never filled.
    @Test func aShortRunThatExplodesIsCaught() throws {
        let data = try TrainingTests.tinyData()
        for iterations in [1, 5, 99] {
            let series = try Trainer().train(
                data: data, settings: TrainingTests.settings(iterations: iterations, lr: 1e30))
            #expect(series.diverged, "\(iterations) iterations")
        }
        // A healthy short run is not stopped.
        let healthy = try Trainer().train(data: data, settings: TrainingTests.settings(iterations: 5, lr: 0.1))
        #expect(!healthy.diverged && healthy.losses.count == 5)
    }

    @Test func lossExplosionWindowFitsAShortRun() {
        var short = LossExplosion(classes: 10, iterations: 3)
        #expect(short.add(12) == nil && short.add(12) == nil)
        #expect(short.add(12)?.contains("last 3 iterations") == true)
        var single = LossExplosion(classes: 10, iterations: 1)
        #expect(single.add(2.3) == nil)
    }

    /// 16.7-megapixel images (one of each split): the net alone would be gigabytes; refused before allocating.
    @Test func hugeImagesAreRefusedBeforeTheNetIsAllocated() throws {
        let side = 4096
        let images = IDXImages(count: 1, rows: side, columns: side, pixels: [UInt8](repeating: 0, count: side * side))
        let split = try LabeledImages(images: images, labels: IDXLabels(labels: [0]))
        let data = try TrainingData(name: "huge", sha256: "-", train: split, test: split)
        var settings = TrainingTests.settings(iterations: 5, batch: 1)
        settings.hiddenSize = 50
        do {
            _ = try Trainer().train(data: data, settings: settings)
            Issue.record("trained on 16.7-megapixel images within 2 GiB")
        } catch {
            guard case .overMemoryBudget(let message) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(message.contains("16777216") && message.contains("2 GiB") && message.contains("--max-memory"))
            #expect(!message.contains("\n"))
        }
    }

    /// A folder whose headers announce 60 images of 4096 × 4096: refused from the headers, before any data is read.
    @Test func theBudgetIsCheckedFromTheHeaders() throws {
        let fixture = try IDXFixture()
        defer { fixture.remove() }
        for (prefix, count) in [("train", UInt32(60)), ("t10k", UInt32(10))] {
            fixture.write(
                "\(prefix)-images-idx3-ubyte", IDXFixture.header(magic: 2051, dimensions: [count, 4096, 4096]))
            fixture.write("\(prefix)-labels-idx1-ubyte", IDXFixture.header(magic: 2049, dimensions: [count]))
        }
        let location = DatasetLocation(directory: fixture.folder, name: "Huge")
        #expect(throws: TrainingError.self) {
            try TrainingMemory.check(
                location: location, settings: TrainingSettings(), precision: .float32, threads: 2,
                budget: TrainingMemory.defaultBudget)
        }
        // A budget large enough lets it through (the data would then be read and found short).
        try TrainingMemory.check(
            location: location, settings: TrainingSettings(), precision: .float32, threads: 2, budget: 1 << 50)
        // The book's run on Fashion-MNIST's shape fits the default easily.
        let book = TrainingMemory.estimate(
            trainCount: 60_000, testCount: 10_000, pixelsPerImage: 784, storedBytes: 30_000_000,
            settings: TrainingSettings(), precision: .float32, threads: 2)
        #expect(book.totalBytes < 200 << 20)
    }

    @Test func sizesParse() {
        #expect(TrainingMemory.parseSize("512M") == 512 << 20)
        #expect(TrainingMemory.parseSize("4G") == 4 << 30)
        #expect(TrainingMemory.parseSize("4GiB") == 4 << 30)
        #expect(TrainingMemory.parseSize("4gb") == 4 << 30)
        #expect(TrainingMemory.parseSize("1.5G") == 3 << 29)
        #expect(TrainingMemory.parseSize("1073741824") == 1 << 30)
        for bad in ["", "G", "-1G", "4X", "1e400", "99999999999999999999999P", "0", "1K", "nan", "4 G B"] {
            #expect(TrainingMemory.parseSize(bad) == nil, "\(bad)")
        }
    }
}
