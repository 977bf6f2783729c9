import Foundation
import ImageComparison
import Testing

/// The DocC getting-started article: every Swift block of it (but the package manifest) is in
/// Examples/GettingStarted/main.swift word for word, in order, and that program builds, runs and writes every
/// file the article promises.
@Suite("Getting-started article")
struct GettingStartedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binary: URL = {
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map {
            $0.appendingPathComponent("getting-started")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// The Swift code blocks of a Markdown text, in order.
    static func swiftBlocks(of markdown: String) -> [String] {
        markdown.components(separatedBy: "```swift\n").dropFirst().compactMap { text in
            text.range(of: "```").map { String(text[..<$0.lowerBound]) }
        }
    }

    @Test func theArticleQuotesTheExampleBlockByBlock() throws {
        let article = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/Plotting/Plotting.docc/GettingStarted.md"),
            encoding: .utf8)
        let example = try String(
            contentsOf: Self.root.appendingPathComponent("Examples/GettingStarted/main.swift"), encoding: .utf8)
        let blocks = Self.swiftBlocks(of: article).filter { !$0.hasPrefix("// swift-tools-version") }
        #expect(blocks.count == 5)
        var rest = example[...]
        for block in blocks {
            let found = rest.range(of: block)
            #expect(found != nil, "Examples/GettingStarted/main.swift lacks (in this order) this block:\n\(block)")
            if let found { rest = rest[found.upperBound...] }
        }
    }

    @Test func theExampleWritesEveryFileTheArticleNames() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("getting-started-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Self.binary
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for name in ["waves.png", "labels.png"] {
            let png = try PNGCodec.decode(contentsOf: folder.appendingPathComponent(name).path)
            #expect(png.width == 640 && png.height == 480, "\(name)")
        }
        let svg = try String(contentsOf: folder.appendingPathComponent("waves.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("width=\"640"))
        let pdf = try Data(contentsOf: folder.appendingPathComponent("waves.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let gif = try GIFDecoder.decode(contentsOf: folder.appendingPathComponent("wave.gif").path)
        #expect(gif.frames.count == 24 && gif.width == 640 && gif.height == 480)
    }
}
