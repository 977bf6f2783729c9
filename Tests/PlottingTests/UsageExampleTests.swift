import Foundation
import Plotting
import Testing

/// The example given to users of the library (and in the hand-over notes) builds and draws as described.
@Suite struct UsageExampleTests {
    @Test func twoLinesWithLegendAndLabels() throws {
        let xs = stride(from: -5.0, through: 5, by: 0.1).map { $0 }
        let axes = Axes(
            title: "Activation functions", xLabel: "x", yLabel: "y",
            yLimits: -0.1...1.1, grid: .both, legend: .upperLeft
        ) {
            LineMark(x: xs, y: xs.map { 1 / (1 + exp(-$0)) }, label: "sigmoid")
            LineMark(x: xs, y: xs.map { $0 > 0 ? 1 : 0 }, color: .black, style: .dashed, label: "step")
            ReferenceLine.horizontal(0.5, width: 0.8, style: .dotted)
        }
        let figure = Figure(axes)  // 6.4 × 4.8 in, 100 dpi → 640 × 480 px
        #expect(figure.sizeInPixels == (640, 480))
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        let texts = canvas.texts.map(\.text.plainText)
        for expected in ["Activation functions", "x", "y", "sigmoid", "step", "0.6", "\u{2212}4"] {
            #expect(texts.contains(expected), "missing \(expected)")
        }
        // Generic sequences work too.
        let floats: [Float] = [0, 1, 2]
        #expect(LineMark(x: floats, y: floats.lazy.map { $0 * 2 }).y == [0, 2, 4])
    }
}
