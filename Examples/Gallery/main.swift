// The Plotting library's everyday charts, one PNG each, and a page showing each beside its Swift code.
//   swift run plotting-gallery OUT_DIR        (make figures writes gallery/)
import Foundation
import Plotting
import PlottingCairo

let charts = BarCharts.charts + StatisticsCharts.charts + ImageCharts.charts + LayoutCharts.charts

do {
    guard CommandLine.arguments.count == 2 else { throw GalleryError("usage: plotting-gallery OUT_DIR") }
    let folder = CommandLine.arguments[1]
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for chart in charts {
        try chart.figure().write(to: "\(folder)/\(chart.name).png")
    }
    try Data(try GalleryPage.html(charts).utf8).write(to: URL(fileURLWithPath: "\(folder)/index.html"))
} catch {
    FileHandle.standardError.write(Data("plotting-gallery: \(error)\n".utf8))
    exit(1)
}
