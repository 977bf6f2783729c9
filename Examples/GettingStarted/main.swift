// The DocC getting-started article's code (Sources/Plotting/Plotting.docc/GettingStarted.md), block by block:
// a line plot written as PNG, SVG and PDF, markup labels, an animation as a GIF.
//   swift run getting-started     (writes waves.png, waves.svg, waves.pdf, labels.png, wave.gif here)
import Foundation
import Plotting
import PlottingAnimation  // only for the animation at the end
import PlottingCairo

let x = (0...200).map { Double($0) / 20 }
let figure = Figure(
    Axes(title: "Two waves", xLabel: "x", yLabel: "y", legend: .upperRight) {
        LineMark(x: x, y: x.map { sin($0) }, label: "sin x")
        LineMark(x: x, y: x.map { cos($0) }, style: .dashed, label: "cos x")
        ReferenceLine.horizontal(0, style: .dotted)
    }
)

do {
    try figure.write(to: "waves.png")  // 640 × 480 pixels
    try figure.write(to: "waves.svg")
    try figure.write(to: "waves.pdf")
} catch {
    print("getting-started: \(error)")
    exit(1)
}

let labelled = Figure(
    Axes(
        title: "loss_history_v2.csv",
        xLabel: .markup("x_0"),
        yLabel: .markup("f(x_0, x_1) = x_0^2 + x_1^2"),
        legend: .upperLeft
    ) {
        LineMark(x: x, y: x.map { $0 * $0 }, label: .markup("\\alpha = 0.1"))
    }
)

let animation = Animation(frameCount: 24, framesPerSecond: 12, title: "A travelling wave") { frame in
    let phase = Double(frame) / 24 * 2 * Double.pi
    return Figure(
        Axes(title: "frame \(frame)", xLabel: "x", yLabel: "y", yLimits: -1.1...1.1) {
            LineMark(x: x, y: x.map { sin($0 - phase) })
        }
    )
}

do {
    try labelled.write(to: "labels.png")
    try animation.write(to: "wave.gif")  // also .webp, .html (an offline player), .webm and .mp4 (with ffmpeg)
} catch {
    print("getting-started: \(error)")
    exit(1)
}
