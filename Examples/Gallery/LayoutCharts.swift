import Foundation
import Plotting

enum LayoutCharts {
    static let charts = [
        GalleryChart(
            "twinx", title: "Two y axes", matplotlib: "ax2 = ax.twinx(); ax2.plot(epochs, accuracy, color='C1')"
        ) {
            // gallery: twinx
            let epochs = (0...16).map(Double.init)
            var axes = Axes(title: "Training", xLabel: "epoch", yLabel: "loss") {
                LineMark(x: epochs, y: epochs.map { 2.3 * Foundation.exp(-$0 / 4) + 0.3 }, label: "loss")
            }
            axes.twinx = TwinYAxes(yLabel: "accuracy") {
                LineMark(
                    x: epochs, y: epochs.map { 0.87 - 0.77 * Foundation.exp(-$0 / 2) },
                    color: Theme.matplotlib.colorCycle[1],
                    label: "accuracy")
            }
            return Figure(axes)
            // end
        },
        GalleryChart(
            "subplots-sharex", title: "Panels sharing their x axis",
            matplotlib: "fig, (top, bottom) = plt.subplots(2, 1, sharex=True)"
        ) {
            // gallery: subplots-sharex
            let t = (0...200).map { Double($0) / 20 }
            let top = Axes(yLabel: "signal") { LineMark(x: t, y: t.map { Foundation.sin(2 * $0) }) }
            let bottom = Axes(xLabel: "time (s)", yLabel: "envelope") {
                LineMark(x: t, y: t.map { Foundation.exp(-$0 / 4) })
            }
            return Figure(rows: 2, columns: 1, panels: [top, bottom], sharedAxes: .x)
            // end
        },
        GalleryChart(
            "legend-outside", title: "Legend outside the axes",
            matplotlib: "ax.legend(bbox_to_anchor=(1.02, 1), loc='upper left')"
        ) {
            // gallery: legend-outside
            let x = (0...100).map { Double($0) / 10 }
            let axes = Axes(title: "Learning rates", xLabel: "x", legend: .outsideRight) {
                for rate in [0.5, 1.0, 1.5, 2.0] {
                    LineMark(x: x, y: x.map { Foundation.exp(-rate * $0 / 4) }, label: "lr = \(rate)")
                }
            }
            return Figure(axes, width: 7.2)
            // end
        },
        GalleryChart(
            "spanning-panels", title: "A panel spanning two grid cells",
            matplotlib: "gs = fig.add_gridspec(2, 2); fig.add_subplot(gs[0, :]); fig.add_subplot(gs[1, 0]) …"
        ) {
            // gallery: spanning-panels
            let x = (0...100).map { Double($0) / 10 }
            let wide = Axes(title: "top: both columns") { LineMark(x: x, y: x.map { Foundation.sin($0) }) }
            let left = Axes(title: "bottom left") {
                HistogramMark(values: SampleData.normal(count: 300), bins: .sturges)
            }
            let right = Axes(title: "bottom right") { ScatterMark(x: x, y: x.map { Foundation.cos($0) }) }
            return Figure(
                rows: 2, columns: 2, panels: [wide, left, right],
                placements: [
                    GridPlacement(row: 0, column: 0, columnSpan: 2), GridPlacement(row: 1, column: 0),
                    GridPlacement(row: 1, column: 1),
                ])
            // end
        },
    ]
}
