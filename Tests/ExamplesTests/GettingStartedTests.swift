import Foundation
import ImageComparison
import Testing

/// The DocC getting-started article: every Swift block of it (but the package manifest) is in
/// Examples/GettingStarted/main.swift word for word, in order, and that program builds, runs and writes every
/// file the article promises.
@Suite("Getting-started article")
struct GettingStartedTests {
    /// The Swift code blocks of a Markdown text, in order.
    static func swiftBlocks(of markdown: String) -> [String] {
        markdown.components(separatedBy: "```swift\n").dropFirst().compactMap { text in
            text.range(of: "```").map { String(text[..<$0.lowerBound]) }
        }
    }

    @Test func theArticleQuotesTheExampleBlockByBlock() throws {
        let article = try ExampleProgram.text(of: "Sources/Plotting/Plotting.docc/GettingStarted.md")
        let example = try ExampleProgram.text(of: "Examples/GettingStarted/main.swift")
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
        try ExampleProgram.run("getting-started") { folder, status in
            #expect(status == 0)
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
}
