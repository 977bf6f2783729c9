import Foundation
import ImageComparison
import Testing

/// The gallery example: one PNG per chart, and a page showing each beside its Swift code and the matplotlib
/// call it stands for (what a matplotlib user looks for: bar, hist, errorbar, scatter c=/s=, imshow + colorbar,
/// twinx, subplots sharex, legend bbox_to_anchor).
@Suite struct GalleryTests {
    static let binary: URL = {
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map {
            $0.appendingPathComponent("plotting-gallery")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    @Test func theGalleryDrawsEveryChartBesideItsCode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gallery-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [folder.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        for call in [
            "ax.bar(", "ax.hist(", "ax.errorbar(", "c=values", "s=sizes", "imshow", "fig.colorbar", "twinx",
            "sharex=True", "bbox_to_anchor",
        ] {
            #expect(page.contains(call), "the gallery has no chart for \(call)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }
        #expect(names.count >= 12)
        for name in names {
            let image = try PNGCodec.decode(contentsOf: folder.appendingPathComponent(name).path)
            #expect(image.width >= 640 && image.height >= 400)
            let chart = String(name.dropLast(4))
            #expect(page.contains("<section id=\"\(chart)\">"), "\(name) is not on the page")
        }
        // The code shown is the code that ran: the bar chart's lines, quoted from its source.
        #expect(page.contains("BarMark(categories: fruits, values: counts)"))
    }
}
