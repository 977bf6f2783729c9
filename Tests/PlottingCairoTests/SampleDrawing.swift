import Foundation
import Plotting

@testable import PlottingCairo

/// A plot-like drawing (frame, ticks, tick labels, curves, dashes, a legend box, rotated and scripted text)
/// at 6.4 × 4.8 inches, for tests that need realistic content.
func drawSamplePlot(_ canvas: Canvas) {
    let (w, h) = canvas.size
    canvas.fill(.rectangle(Rect(x: 0, y: 0, width: w, height: h)), color: .white)
    let area = Rect(x: 0.125 * w, y: 0.12 * h, width: 0.775 * w, height: 0.77 * h)
    let font = Font(family: "DejaVu Sans, NanumGothic", size: 10)
    canvas.pushClip(area)
    var curve: [Point] = []
    for i in 0...200 {
        let t = Double(i) / 200
        curve.append(Point(area.minX + t * area.width, area.maxY - (0.5 + 0.4 * sin(t * 9)) * area.height))
    }
    canvas.stroke(.polyline(curve), style: StrokeStyle(color: Color(hex: 0x1f77b4), width: 1.5))
    canvas.stroke(
        .polyline(curve.map { Point($0.x, area.maxY + area.minY - $0.y) }),
        style: StrokeStyle(color: .black, width: 1.5, dash: [5.55, 2.4]))
    canvas.popClip()
    canvas.stroke(.rectangle(area), style: StrokeStyle(color: .black, width: 0.8, cap: .square, join: .miter))
    for i in 0...5 {
        let x = area.minX + Double(i) / 5 * area.width
        canvas.stroke(
            .polyline([Point(x, area.maxY), Point(x, area.maxY + 3.5)]),
            style: StrokeStyle(color: .black, width: 0.8))
        canvas.drawText(
            i == 0 ? "\u{2212}1.0" : String(format: "%.1f", Double(i) / 5), at: Point(x, area.maxY + 7),
            font: font, color: .black, horizontal: .center, vertical: .top, rotation: 0)
    }
    canvas.drawText(
        "x_0 and e^{-x}", at: Point(area.minX + area.width / 2, h - 10), font: font, color: .black,
        horizontal: .center, vertical: .bottom, rotation: 0)
    canvas.drawText(
        "f(x_0) = \\alpha x^2", at: Point(20, area.minY + area.height / 2), font: font, color: .black,
        horizontal: .center, vertical: .center, rotation: 90)
    canvas.drawText(
        "학습 곡선 (learning)", at: Point(w / 2, area.minY - 6), font: Font(size: 12), color: .black,
        horizontal: .center, vertical: .baseline, rotation: 0)
    canvas.fill(
        .rectangle(Rect(x: area.minX + 5, y: area.minY + 5, width: 90, height: 36)),
        color: Color.white.withAlpha(0.8))
    canvas.drawText(
        "sigmoid", at: Point(area.minX + 40, area.minY + 10), font: font, color: .black,
        horizontal: .left, vertical: .top, rotation: 0)
}
