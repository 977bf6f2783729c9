import Foundation
import ImageComparison
import Plotting
import PlottingCairo
import Testing

/// The everyday marks (bars, histogram, error bars, colour-mapped scatter) drawn as PNG, SVG and PDF: outside
/// text the SVG's rasterisation equals the PNG pixel for pixel (as the golden check demands of the figures)
/// and the PDF's rasterisation (pdftoppm) differs only where poppler antialiases an edge a fraction of a
/// pixel differently (the golden check compares PDF bytes; this checks that what they draw is the same). Set `MARKS_KEEP` to a folder to keep the files to look at.
@Suite(.serialized) struct MarkFormatsTests {
    static let figures: [String: Figure] = {
        let fruit = ["apple", "banana", "cherry", "date"]
        let grouped = Axes(title: "Grouped bars", yLabel: "kg", legend: .upperLeft) {
            BarMark.grouped(
                categories: fruit,
                series: [
                    BarSeries("2023", [3, 5, 2, 4]), BarSeries("2024", [4, 6, 1, 5]), BarSeries("2025", [2, 3, 3, 6]),
                ])
        }
        let stacked = Axes(title: "Stacked, horizontal", legend: .lowerRight) {
            BarMark.stacked(
                categories: fruit, series: [BarSeries("north", [3, 5, 2, 4]), BarSeries("south", [1, 2, 4, 2])],
                orientation: .horizontal)
        }
        let samples = (0..<500).map { i -> Double in
            let u = Double((i * 7919) % 1000) / 1000, v = Double((i * 104_729) % 997) / 997
            return (-2 * log(max(u, 1e-9))).squareRoot() * cos(2 * .pi * v)
        }
        let histogram = Axes(title: "Histogram (bins: auto)") { HistogramMark(values: samples, bins: .auto) }
        let xs = (0..<8).map(Double.init)
        let errors = Axes(title: "Error bars", legend: .upperLeft) {
            ErrorBarMark(
                x: xs, y: xs.map { sin($0) + 2 }, yError: .symmetric(xs.map { 0.1 + 0.05 * $0 }), capSize: 3,
                label: "line, caps")
            ErrorBarMark(
                x: xs, y: xs.map { cos($0) },
                yError: .asymmetric(lower: xs.map { _ in 0.2 }, upper: xs.map { _ in 0.4 }),
                xError: .constant(0.2), drawsLine: false, marker: MarkerStyle(.circle), label: "markers, x and y")
        }
        let scatter = Axes(title: "Scatter: s and c") {
            ScatterMark(
                x: (0..<40).map { Double($0 % 8) }, y: (0..<40).map { Double($0 / 8) },
                sizes: (0..<40).map { Double(10 + 6 * $0) }, values: (0..<40).map { Double($0) }, colormap: .viridis)
        }
        return [
            "bars-grouped": Figure(grouped), "bars-stacked": Figure(stacked), "histogram": Figure(histogram),
            "errorbars": Figure(errors), "scatter-colormap": Figure(scatter),
        ]
    }()

    @Test(arguments: figures.keys.sorted())
    func formatsAgreeOutsideText(name: String) throws {
        guard toolExists("rsvg-convert"), toolExists("pdftoppm") else { return }
        let figure = try #require(Self.figures[name])
        let keep = ProcessInfo.processInfo.environment["MARKS_KEEP"]
        let folder = try keep ?? temporaryFolder()
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let base = folder + "/" + name
        for format in [OutputFormat.png, .svg, .pdf] {
            try Data(figure.render(as: format)).write(to: URL(fileURLWithPath: base + "." + format.rawValue))
        }
        let png = try PNGCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: base + ".png"))), name: name)
        let rasterizer = SVGRasterizer()
        let svg = try rasterizer.rasterize(svgPath: base + ".svg", width: png.width, height: png.height)
        let textless = try rasterizer.rasterize(
            svg: SVGTextMask.removingGlyphs(Array(try Data(contentsOf: URL(fileURLWithPath: base + ".svg")))),
            name: name, width: png.width, height: png.height)
        let mask = SVGTextMask.mask(withText: svg, withoutText: textless)
        let comparator = PixelComparator()
        let svgOutside = comparator.compare(
            expected: png, actual: SVGTextMask.applying(mask, to: svg, from: png), tolerance: nil)
        #expect(svgOutside.differingPixels == 0, "\(name): SVG vs PNG outside text: \(svgOutside.differingPixels) px")

        #expect(run("pdftoppm", ["-r", "100", "-png", "-singlefile", base + ".pdf", base + "-pdf"]) == 0)
        let pdf = try PNGCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: base + "-pdf.png"))), name: name)
        let far = Self.pixelsFarFrom(png, SVGTextMask.applying(mask, to: pdf, from: png), by: 64)
        print(
            "\(name): PDF (pdftoppm) vs PNG outside text: \(far) px differ by more than 64 levels from every neighbour")
        #expect(pdf.width == png.width && pdf.height == png.height)
        #expect(far < 20, "\(name): the PDF's rasterisation differs from the PNG outside text")
        #expect(try figure.render(as: .pdf) == figure.render(as: .pdf), "\(name): PDF bytes are deterministic")
    }

    /// Pixels of `actual` whose colour is more than `levels` (any channel) from the colour of each pixel in the
    /// 3 × 3 neighbourhood at the same place in `expected`: poppler's antialiasing of an edge may move it by a
    /// pixel's fraction, a missing or misplaced shape may not.
    static func pixelsFarFrom(_ expected: RGBAImage, _ actual: RGBAImage, by levels: Int) -> Int {
        let e = expected.bytes, a = actual.bytes, w = actual.width, h = actual.height
        func close(_ i: Int, _ j: Int) -> Bool {
            abs(Int(a[i]) - Int(e[j])) <= levels && abs(Int(a[i + 1]) - Int(e[j + 1])) <= levels
                && abs(Int(a[i + 2]) - Int(e[j + 2])) <= levels
        }
        var count = 0
        for y in 0..<h {
            for x in 0..<w {
                let i = (y * w + x) * 4
                var near = false
                for ny in max(0, y - 1)...min(h - 1, y + 1) where !near {
                    for nx in max(0, x - 1)...min(w - 1, x + 1) where close(i, (ny * w + nx) * 4) {
                        near = true
                        break
                    }
                }
                if !near { count += 1 }
            }
        }
        return count
    }
}
