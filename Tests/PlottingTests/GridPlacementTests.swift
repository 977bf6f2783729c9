import Testing

@testable import Plotting

/// Panels spanning grid cells and axes shared between panels.
@Suite struct GridPlacementTests {
    static let line = Axes(xLabel: "x", yLabel: "y") { LineMark(x: [0, 10], y: [0, 1]) }
    static let other = Axes(xLabel: "x", yLabel: "y") { LineMark(x: [5, 20], y: [-3, 0]) }

    func clips(_ figure: Figure) throws -> (RecordingCanvas, [Rect]) {
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        return (canvas, canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } })
    }

    @Test func aSpanningPanelCoversItsCellsAndTheGapBetween() throws {
        let figure = Figure(
            rows: 2, columns: 2, panels: [Self.line, Self.line, Self.line],
            placements: [
                GridPlacement(row: 0, column: 0, columnSpan: 2), GridPlacement(row: 1, column: 0),
                GridPlacement(row: 1, column: 1),
            ])
        let (_, boxes) = try clips(figure)
        #expect(boxes.count == 3)
        #expect(abs(boxes[0].minX - boxes[1].minX) < 1e-9 && abs(boxes[0].maxX - boxes[2].maxX) < 1e-9)
        #expect(boxes[0].maxY < boxes[1].minY && abs(boxes[1].minY - boxes[2].minY) < 1e-9)
        #expect(boxes[0].width > 2 * boxes[1].width)
    }

    @Test func defaultPlacementIsRowByRowAsBefore() throws {
        let placed = Figure(
            rows: 2, columns: 2, panels: [Self.line, Self.line, Self.line],
            placements: [
                GridPlacement(row: 0, column: 0), GridPlacement(row: 0, column: 1), GridPlacement(row: 1, column: 0),
            ])
        let plain = Figure(rows: 2, columns: 2, panels: [Self.line, Self.line, Self.line])
        #expect(try clips(placed).1 == clips(plain).1)
    }

    @Test func sharedXGivesOneRangeAndHidesInnerLabels() throws {
        let figure = Figure(rows: 2, columns: 1, panels: [Self.line, Self.other], sharedAxes: .x)
        let shared = figure.panelsWithSharedAxes().compactMap { $0 as? Axes }
        #expect(shared[0].xLimits == shared[1].xLimits)
        #expect(shared[0].xLimits == -1...21)  // both panels' data, 5 % margins
        #expect(!shared[0].showXTickLabels && shared[0].xLabel == nil)
        #expect(shared[1].showXTickLabels && shared[1].xLabel == "x")
        #expect(shared[0].yLimits == nil && shared[0].showYTickLabels)
        let (canvas, _) = try clips(figure)
        #expect(canvas.texts.filter { $0.text == "x" }.count == 1)
        // The x tick labels (below each box) appear under the bottom panel only.
        let (_, boxes) = try clips(figure)
        let below = canvas.texts.filter { t in t.vertical == .top && boxes.contains { abs(t.position.y - $0.maxY) < 12 }
        }
        #expect(!below.isEmpty && below.allSatisfy { abs($0.position.y - boxes[1].maxY) < 12 })
    }

    @Test func sharedYHidesAllButTheFirstColumn() throws {
        let figure = Figure(rows: 1, columns: 2, panels: [Self.line, Self.other], sharedAxes: .y)
        let shared = figure.panelsWithSharedAxes().compactMap { $0 as? Axes }
        #expect(shared[0].yLimits == shared[1].yLimits && shared[1].yLimits == -3.2...1.2)
        #expect(shared[0].showYTickLabels && !shared[1].showYTickLabels && shared[1].yLabel == nil)
        let (canvas, _) = try clips(figure)
        #expect(canvas.texts.filter { $0.text == "y" }.count == 1)
    }

    @Test func badPlacementsAreNamed() {
        func message(_ placements: [GridPlacement], panels: Int = 2) -> String? {
            let figure = Figure(
                rows: 2, columns: 2, panels: Array(repeating: Self.line, count: panels), placements: placements)
            do {
                try figure.validate()
                return nil
            } catch { return "\(error)" }
        }
        #expect(
            message([GridPlacement(row: 0, column: 0, columnSpan: 2), GridPlacement(row: 0, column: 1)])
                == "Figure: panels 0 and 1 both cover row 0, column 1; spans must not overlap")
        #expect(
            message([GridPlacement(row: 0, column: 0), GridPlacement(row: 1, column: 1, rowSpan: 2)])
                == "Figure: panel 1 at row 1, column 1 spanning 2 × 1 is outside the 2 × 2 grid; rows 0…1 and columns 0…1 are allowed"
        )
        #expect(
            message([GridPlacement(row: -1, column: 0), GridPlacement(row: 0, column: 1)])?.contains("outside") == true)
        #expect(message([GridPlacement(row: 0, column: 0)]) == "Figure: 1 placements for 2 panels; give one per panel")
        #expect(
            message([GridPlacement(row: 0, column: 0, rowSpan: 2), GridPlacement(row: 0, column: 1, rowSpan: 2)]) == nil
        )
    }
}
