import Foundation
import Plotting

/// One chart of the gallery: what it shows, the matplotlib call a reader knows it by, and the Swift that draws
/// it. The code shown on the gallery page is this file's text between the chart's `// gallery: <name>` line and
/// the next `// end` line, read from the source at `file` when the page is written.
struct GalleryChart: Sendable {
    /// The file name stem: `bar` → bar.png.
    let name: String
    /// The heading on the page.
    let title: String
    /// The matplotlib equivalent, for readers who know it.
    let matplotlib: String
    /// The source file holding the chart's code.
    let file: String
    /// Builds the figure.
    let figure: @Sendable () throws -> Figure

    init(
        _ name: String, title: String, matplotlib: String, file: String = #filePath,
        figure: @escaping @Sendable () throws -> Figure
    ) {
        self.name = name
        self.title = title
        self.matplotlib = matplotlib
        self.file = file
        self.figure = figure
    }
}

/// Deterministic sample data, so the gallery draws the same pixels on every run.
enum SampleData {
    /// `count` values near a normal distribution (mean, spread), from a fixed linear congruential generator
    /// and the Box–Muller transform.
    static func normal(count: Int, mean: Double = 0, spread: Double = 1, seed: UInt64 = 1) -> [Double] {
        var state = seed
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Double(state >> 11) + 0.5) / Double(1 << 53)
        }
        return (0..<count).map { _ in
            mean + spread * (-2 * Foundation.log(uniform())).squareRoot() * Foundation.cos(2 * .pi * uniform())
        }
    }
}
