import Foundation
import ImageComparison
import Testing

/// The README's plotting example: it is the file Examples/PlottingQuickStart/main.swift, word for word, and it
/// builds, runs and writes a real PNG, SVG and PDF.
@Suite("README example")
struct QuickStartTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binary: URL = {
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map {
            $0.appendingPathComponent("plotting-quickstart")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    @Test func theReadmeShowsTheExampleAsItIs() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try String(
            contentsOf: Self.root.appendingPathComponent("Examples/PlottingQuickStart/main.swift"), encoding: .utf8)
        #expect(
            readme.contains("```swift\n" + example + "```\n"),
            "README.md must quote Examples/PlottingQuickStart/main.swift whole")
    }

    @Test func theExampleWritesAPNGAnSVGAndAPDF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quickstart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["wave.png", "wave.svg", "wave.pdf"]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let png = try PNGCodec.decode(contentsOf: folder.appendingPathComponent("wave.png").path)
        #expect(png.width == 640 && png.height == 480)
        let svg = try String(contentsOf: folder.appendingPathComponent("wave.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("width=\"640"))
        let pdf = try Data(contentsOf: folder.appendingPathComponent("wave.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
    }
}
