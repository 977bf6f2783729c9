import Foundation
import Testing
import Plotting
@testable import PlottingCairo

@Test func zzTimingScratch() throws {
    guard ProcessInfo.processInfo.environment["DLPLOT_SCRATCH"] != nil else { return }
    var t = Date()
    func lap(_ s: String) { print(s, String(format: "%.2f ms", Date().timeIntervalSince(t) * 1000)); t = Date() }
    _ = FontLibrary.shared.setupError
    lap("font library")
    let c = try CairoCanvas(format: .png, width: 1, height: 1, dpi: 100)
    lap("first canvas")
    _ = c.measureText("Hello", font: Font())
    lap("first measure")
    _ = c.measureText("학습", font: Font())
    lap("first hangul")
    for f in [OutputFormat.png, .svg] {
        for _ in 0..<6 { _ = try renderDocument(width: 6.4, height: 4.8, dpi: 100, format: f, draw: drawSamplePlot) }
        lap("6x \(f)")
    }
    let canvas = try CairoCanvas(format: .png, width: 6.4, height: 4.8, dpi: 100)
    canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 460.8, height: 345.6)), color: .white)
    lap("canvas")
    let pts = (0..<6).map { _ in drawSamplePlot(canvas) }
    _ = pts
    lap("6 draws only")
    _ = try canvas.finish()
    lap("1 finish png")
}

@Test func zzMillion() throws {
    guard ProcessInfo.processInfo.environment["DLPLOT_SCRATCH"] != nil else { return }
    var pts: [Point] = []
    pts.reserveCapacity(1_000_000)
    var s: UInt64 = 1
    for i in 0..<1_000_000 {
        s = s &* 6364136223846793005 &+ 1442695040888963407
        let noise = Double(s >> 40) / Double(1 << 24) - 0.5
        pts.append(Point(57.6 + Double(i) / 1e6 * 357, 172.8 + 100 * sin(Double(i) / 1e5) + 0 * noise))
    }
    let path = Path.polyline(pts)
    let t = Date()
    let canvas = try CairoCanvas(format: .png, width: 6.4, height: 4.8, dpi: 100)
    canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 460.8, height: 345.6)), color: .white)
    canvas.stroke(path, style: StrokeStyle(color: .black, width: 1.5))
    let t2 = Date()
    _ = try canvas.finish()
    print("1M stroke", t2.timeIntervalSince(t) * 1000, "finish", Date().timeIntervalSince(t2) * 1000)
}
