// Plotting from your own Swift code: a damped wave, its envelope and a gap where the data is NaN,
// written as PNG, SVG and PDF from one drawing path.
//   swift run plotting-quickstart wave.png wave.svg wave.pdf
import Foundation
import Plotting
import PlottingCairo

let t = (0...1000).map { Double($0) / 100 }
let wave = t.map { (6.0..<6.5).contains($0) ? .nan : exp(-$0 / 3) * cos(2 * .pi * $0) }

let axes = Axes(
    title: "Damped oscillation", xLabel: "t (s)", yLabel: .markup("x_0(t) = e^{-t/3} cos 2πt"),
    legend: .upperRight
) {
    LineMark(x: t, y: wave, label: .markup("x_0"))
    LineMark(x: t, y: t.map { exp(-$0 / 3) }, color: .black, style: .dashed, label: "envelope")
    ReferenceLine.horizontal(0, style: .dotted)
}
let figure = Figure(axes)  // 6.4 × 4.8 in at 100 dpi, matplotlib's defaults

do {
    for path in CommandLine.arguments.dropFirst() {
        try figure.write(to: path)  // the format from the extension; written atomically
    }
} catch {
    FileHandle.standardError.write(Data("plotting-quickstart: \(error)\n".utf8))
    exit(1)
}
