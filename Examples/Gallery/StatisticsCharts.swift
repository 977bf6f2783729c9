import Foundation
import Plotting

enum StatisticsCharts {
    static let charts = [
        GalleryChart("histogram", title: "Histogram", matplotlib: "ax.hist(samples, bins='auto')") {
            // gallery: histogram
            let samples = SampleData.normal(count: 1000, mean: 170, spread: 8)
            return Figure(
                Axes(title: "1,000 heights (numpy's 'auto' bins)", xLabel: "height (cm)", yLabel: "count") {
                    HistogramMark(values: samples, bins: .auto)
                })
            // end
        },
        GalleryChart(
            "errorbar", title: "Error bars", matplotlib: "ax.errorbar(x, y, yerr=err, capsize=3, fmt='o-')"
        ) {
            // gallery: errorbar
            let epochs = Array(1...8)
            let loss = epochs.map { 2.3 * Foundation.exp(-Double($0) / 3) + 0.2 }
            let spread = epochs.map { 0.25 / Double($0).squareRoot() }
            return Figure(
                Axes(title: "Mean loss of 5 runs, ± one standard deviation", xLabel: "epoch", yLabel: "loss") {
                    ErrorBarMark(
                        x: epochs.map(Double.init), y: loss, yError: .symmetric(spread), capSize: 3,
                        marker: MarkerStyle(.circle))
                })
            // end
        },
        GalleryChart(
            "scatter", title: "Scatter with sizes, colours and a colorbar",
            matplotlib: "sc = ax.scatter(x, y, s=sizes, c=values, cmap='viridis'); fig.colorbar(sc, ax=ax)"
        ) {
            // gallery: scatter
            let x = SampleData.normal(count: 60, seed: 2), y = SampleData.normal(count: 60, seed: 3)
            let values = zip(x, y).map { $0 * $0 + $1 * $1 }
            var axes = Axes(title: "Distance from the centre", xLabel: "x", yLabel: "y") {
                ScatterMark(x: x, y: y, sizes: values.map { 20 + 40 * $0 }, values: values, colormap: .viridis)
            }
            axes.colorbar = Colorbar(label: "x² + y²")
            return Figure(axes)
            // end
        },
    ]
}
