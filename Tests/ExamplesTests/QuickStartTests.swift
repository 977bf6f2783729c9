import Foundation
import ImageComparison
import Testing

/// The README's plotting example: it is the file Examples/PlottingQuickStart/main.swift, word for word, and it
/// builds, runs and writes a real PNG, SVG and PDF.
@Suite("README example")
struct QuickStartTests {
    @Test func theReadmeShowsTheExampleAsItIs() throws {
        let readme = try ExampleProgram.text(of: "README.md")
        let example = try ExampleProgram.text(of: "Examples/PlottingQuickStart/main.swift")
        #expect(
            readme.contains("```swift\n" + example + "```\n"),
            "README.md must quote Examples/PlottingQuickStart/main.swift whole")
    }

    @Test func theExampleWritesAPNGAnSVGAndAPDF() throws {
        try ExampleProgram.run("plotting-quickstart", arguments: ["wave.png", "wave.svg", "wave.pdf"]) {
            folder, status in
            #expect(status == 0)
            let png = try PNGCodec.decode(contentsOf: folder.appendingPathComponent("wave.png").path)
            #expect(png.width == 640 && png.height == 480)
            let svg = try String(contentsOf: folder.appendingPathComponent("wave.svg"), encoding: .utf8)
            #expect(svg.contains("<svg") && svg.contains("width=\"640"))
            let pdf = try Data(contentsOf: folder.appendingPathComponent("wave.pdf"))
            #expect(pdf.starts(with: Data("%PDF-".utf8)))
        }
    }
}
