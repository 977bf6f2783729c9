import Core
import Testing

@testable import Figures
@testable import Plotting

/// The figures against the book's own scripts (`gradient_method.py`, `gradient_2d.py`, `relu.py`) run with
/// matplotlib 3.11 and numpy 2: what the CSV holds, the axes box, the tick positions, the data.
@Suite("Fidelity to the book's scripts")
struct BookScriptFidelityTests {
    private static func build(_ id: String, _ given: [ParameterName: String] = [:]) throws -> FigureOutput {
        let figure = try #require(Catalogue.figure(id: id))
        return try FigureBuilder.build(figure, given: given)
    }

    /// The first panel's plot box (in points) and its ticks inside the limits, as drawn.
    private static func drawnAxes(_ output: FigureOutput) throws -> (box: Rect, x: [Double], y: [Double]) {
        let canvas = RecordingCanvas(for: output.figure)
        try output.figure.draw(on: canvas)
        let axes = try #require(output.figure.panels.first as? Axes)
        let clip = try #require(canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } }.first)
        let geometry = axes.geometry(plotBox: clip, theme: output.figure.theme, canvas: canvas)
        #expect(geometry.box == clip, "the clip is the plot box")
        return (geometry.box, geometry.xTicks.major, geometry.yTicks.major)
    }

    // MARK: 1. The CSV ends with the position the figure prints.

    @Test func gradientDescentDataEndsWithWhatGradientDescentReturns() throws {
        let output = try Self.build("gradient-descent")
        #expect(output.data.columns == ["after_updates", "x0", "x1"])
        #expect(output.data.rows.count == 21, "20 points before the updates, then the position after the 20th")
        #expect(output.data.rows[0] == [0, -3, 4])
        let last = try #require(output.data.rows.last)
        // gradient_method.py: gradient_descent(function_2, [-3, 4], lr=0.1, step_num=20) returns this x.
        #expect(last[0] == 20)
        #expect(abs(last[1] - -0.03458765) < 5e-9 && abs(last[2] - 0.04611686) < 5e-9, "\(last)")
        #expect(output.data.rows.map { $0[0] } == (0...20).map(Double.init), "row k is the position after k updates")
    }

    @Test(arguments: [
        ("10", -25898374737328.363, -1295248616896.5398), ("0.1", -6.111107928998789e-10, 8.148143905314271e-10),
        ("1e-10", -2.999999939999995, 3.9999999199999934),
    ])
    func learningRatesDataEndsWithThePrintedPosition(rate: String, x0: Double, x1: Double) throws {
        let output = try Self.build("learning-rates", [.lr: rate])
        #expect(output.data.columns == ["lr", "after_updates", "x0", "x1"])
        #expect(output.data.rows.count == 101)
        let last = try #require(output.data.rows.last)
        #expect(last == [Double(rate)!, 100, x0, x1])
        // The figure prints the same point, to numpy's 9 significant digits.
        let canvas = RecordingCanvas(for: output.figure)
        try output.figure.draw(on: canvas)
        let printed = try #require(canvas.texts.map(\.text.source).first { $0.hasPrefix("(") })
        #expect(printed == NumberText.point([x0, x1], digits: 9))
    }

    @Test func theDrawingKeepsTheBookHistory() throws {
        let output = try Self.build("gradient-descent")
        let axes = try #require(output.figure.panels.first as? Axes)
        let markers = axes.marks.compactMap { $0 as? LineMark }.filter { $0.marker != nil }
        #expect(markers.map(\.x.count) == [20], "x_history: 20 points for 20 steps, not the final one")
    }

    // MARK: 2. The scripts' aspect, and matplotlib's ticks for it.

    @Test func gradientDescentFillsTheSubplotBoxUnlessEqualIsAsked() throws {
        let auto = try Self.drawnAxes(Self.build("gradient-descent"))
        // matplotlib: 640 × 480 px, subplot box 0.125…0.9 × 0.11…0.88 → 496 × 369.6 px = 357.12 × 266.112 pt.
        #expect(abs(auto.box.width - 357.12) < 1e-9 && abs(auto.box.height - 266.112) < 1e-9, "\(auto.box)")
        #expect(auto.x == [-3, -2, -1, 0, 1, 2, 3], "matplotlib's x ticks for -3.5…3.5 on 496 px")
        #expect(auto.y == [-4, -3, -2, -1, 0, 1, 2, 3, 4], "matplotlib's y ticks for -4.5…4.5 on 369.6 px")
        #expect(try Self.drawnAxes(Self.build("gradient-descent", [.aspect: "auto"])).box == auto.box)

        let equal = try Self.drawnAxes(Self.build("gradient-descent", [.aspect: "equal"]))
        #expect(abs(equal.box.width - 266.112 * 7 / 9) < 1e-9 && equal.box.height == auto.box.height, "\(equal.box)")
        #expect(equal.box.width < auto.box.width)
        #expect(equal.x == [-2, 0, 2] && equal.y == auto.y, "matplotlib's ticks with set_aspect('equal'): 287 px wide")
    }

    @Test func gradientFieldFillsTheSubplotBoxUnlessEqualIsAsked() throws {
        let auto = try Self.drawnAxes(Self.build("gradient-field"))
        #expect(abs(auto.box.width - 357.12) < 1e-9 && abs(auto.box.height - 266.112) < 1e-9, "\(auto.box)")
        let halves = stride(from: -2.0, through: 2, by: 0.5).map { $0 }
        #expect(auto.x == halves && auto.y == halves, "matplotlib's ticks for -2…2 on both axes")
        let equal = try Self.drawnAxes(Self.build("gradient-field", [.aspect: "equal"]))
        #expect(abs(equal.box.width - equal.box.height) < 1e-9 && equal.box.width < auto.box.width)
        #expect(equal.x == halves && equal.y == halves, "matplotlib's ticks with set_aspect('equal')")
    }

    @Test func aspectTakesOnlyItsWords() throws {
        let figure = try #require(Catalogue.figure(id: "gradient-field"))
        #expect(throws: ParameterError("--aspect square is not allowed: expected one of auto, equal")) {
            try ParameterValues(for: figure, given: [.aspect: "square"])
        }
        let relu = try #require(Catalogue.figure(id: "relu"))
        #expect(throws: ParameterError.self) { try ParameterValues(for: relu, given: [.aspect: "equal"]) }
    }

    // MARK: 3. Figure 3-9, ReLU.

    @Test func reluIsTheBookSeries() throws {
        let output = try Self.build("relu")
        #expect(output.data.columns == ["x", "ReLU"])
        #expect(output.data.rows.count == 100, "np.arange(-5.0, 5.0, 0.1)")
        // numpy computes start + i·((start + step) − start), and so does Core's arange: the same bits.
        let xs = (0..<100).map { -5.0 + Double($0) * ((-5.0 + 0.1) - -5.0) }
        #expect(output.data.rows == xs.map { [$0, max(0, $0)] })
        let numpy: [(index: Int, x: Double)] = [
            (1, -4.9), (49, -0.10000000000001741), (50, -1.7763568394002505e-14),
            (51, 0.09999999999998188), (99, 4.899999999999965),
        ]
        for (index, x) in numpy {
            #expect(output.data.rows[index][0] == x && output.data.rows[index][1] == max(0, x))
        }
        #expect(output.data.rows[50][1] == 0 && output.data.rows[99][1] == output.data.rows[99][0])
    }

    @Test func reluHasTheScriptsLimitsAndTicks() throws {
        let drawn = try Self.drawnAxes(Self.build("relu"))
        // matplotlib: xlim (-5.495, 5.395) from the 5 % margins, ylim (-1, 5.5); ticks inside them:
        #expect(drawn.x == [-4, -2, 0, 2, 4])
        #expect(drawn.y == [-1, 0, 1, 2, 3, 4, 5])
        #expect(Catalogue.ids.prefix(4) == ["step-function", "sigmoid", "step-vs-sigmoid", "relu"])
    }
}
