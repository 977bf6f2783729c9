import Testing

@testable import Plotting

@Suite struct MarksTests {
    func render(_ axes: Axes) throws -> RecordingCanvas {
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        return canvas
    }

    @Test func builderCollectsMarksInOrder() {
        let showZero = true
        let axes = Axes(xLabel: "x") {
            LineMark(x: [0, 1], y: [0, 1])
            if showZero { ReferenceLine.horizontal(0) }
            for k in 1...2 { ScatterMark(x: [Double(k)], y: [0]) }
        }
        #expect(axes.marks.count == 4)
        #expect(axes.marks[1] is ReferenceLine && axes.marks[3] is ScatterMark)
    }

    @Test func referenceLinesDoNotMoveLimitsAndTakeC0() throws {
        let axes = Axes {
            LineMark(x: [0, 1], y: [0, 1])
            ReferenceLine.horizontal(50)
            ReferenceLine.vertical(0.5, from: 0.2, to: 0.4, style: .dashed)
        }
        let (_, y) = axes.resolvedLimits(theme: Theme())
        #expect(close([y.0, y.1], [-0.05, 1.05]))
        let canvas = try render(axes)
        let vertical = try #require(canvas.strokes.first { !$0.style.dash.isEmpty })
        #expect(vertical.style.color == Theme().colorCycle[0])
        guard case let .move(a) = vertical.path.elements[0], case let .line(b) = vertical.path.elements[1] else {
            Issue.record("not a segment")
            return
        }
        #expect(a.x == b.x && abs(a.y - b.y) > 10)
        // The second line stroked with the cycle would be orange; reference lines leave the cycle alone.
        #expect(canvas.strokes.filter { $0.style.color == Theme().colorCycle[1] }.isEmpty)
    }

    @Test func scatterDrawsOneFilledPathPerMarkWithEveryVisiblePoint() throws {
        let canvas = try render(
            Axes { ScatterMark(x: [0, 1, .nan, 2], y: [0, 1, 1, 2], marker: MarkerStyle(.square, size: 4)) })
        let fill = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        let squares = fill.path.elements.filter { if case .move = $0 { true } else { false } }
        #expect(squares.count == 3)
    }

    @Test func markerShapesHaveTheirNominalSize() {
        for shape in MarkerShape.allCases {
            let points = MarkerStyle.path(shape, at: Point(0, 0), size: 6).elements.flatMap { e -> [Point] in
                switch e {
                case let .move(p), let .line(p): [p]
                case let .curve(a, b, c): [a, b, c]
                case .close: []
                }
            }
            let width = (points.map(\.x).max() ?? 0) - (points.map(\.x).min() ?? 0)
            #expect(width >= 6 - 1e-9 && width <= 6 * 2.squareRoot() + 1e-9, "\(shape) is \(width) wide")
        }
        // Triangles point the right way on a y-down canvas.
        guard case let .move(apex) = MarkerStyle.path(.triangleUp, at: Point(0, 0), size: 6).elements[0] else { return }
        #expect(apex.y < 0)
    }

    @Test func fillBetweenSplitsAtGaps() throws {
        let canvas = try render(
            Axes {
                FillBetweenMark(
                    x: [0, 1, 2, 3, 4, 5], y1: [1, 1, .nan, 1, 1, 1], y2: [0, 0, 0, 0, 0, 0],
                    color: Color(hex: 0x2ca02c, alpha: 0.3))
            })
        let fill = try #require(canvas.fills.first { $0.color.alpha == 0.3 })
        #expect(fill.path.elements.filter { $0 == .close }.count == 2)
    }

    @Test func fillsHaveTheirOwnColourCycle() throws {
        let canvas = try render(
            Axes {
                LineMark(x: [0, 1], y: [0, 1])
                FillBetweenMark(x: [0, 1], y: [1, 2])
                LineMark(x: [0, 1], y: [1, 0])
            })
        let cycle = Theme().colorCycle
        #expect(canvas.fills.contains { $0.color == cycle[0] })
        #expect(canvas.strokes.filter { $0.style.width == 1.5 }.map(\.style.color) == [cycle[0], cycle[1]])
    }

    @Test func textAndArrowAreDrawnUnclippedAfterTheFrame() throws {
        let canvas = try render(
            Axes {
                LineMark(x: [0, 10], y: [0, 10])
                TextMark("hello", x: 2, y: 8)
                ArrowAnnotation("look", pointing: (5, 5), from: (2, 6), head: .filled)
            })
        let popIndex = try #require(canvas.commands.lastIndex(of: .popClip))
        let textIndex = try #require(
            canvas.commands.firstIndex { if case let .text(t) = $0 { t.text == "hello" } else { false } })
        #expect(textIndex > popIndex)
        #expect(canvas.texts.contains { $0.text == "look" && $0.horizontal == .center })
        // The arrow ends 2 pt short of its target, pointing at it.
        let arrowFill = try #require(canvas.fills.last)
        guard case let .move(tip) = arrowFill.path.elements[0] else {
            Issue.record("no tip")
            return
        }
        let box = try #require(canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } }.first)
        let target = Point(box.minX + box.width / 2, box.minY + box.height / 2)
        let d = ((tip.x - target.x) * (tip.x - target.x) + (tip.y - target.y) * (tip.y - target.y)).squareRoot()
        #expect(abs(d - 2) < 1e-6)
    }

    @Test func dashesScaleWithWidthAndCapsFollowMatplotlib() {
        let theme = Theme()
        #expect(LineStyle.dotted.strokeStyle(color: .black, width: 2, theme: theme).dash == [2, 3.3])
        #expect(LineStyle.dashDot.strokeStyle(color: .black, width: 1, theme: theme).dash == [6.4, 1.6, 1, 1.6])
        #expect(LineStyle.solid.strokeStyle(color: .black, width: 1.5, theme: theme).cap == .square)
        #expect(LineStyle.dashed.strokeStyle(color: .black, width: 1.5, theme: theme).cap == .butt)
    }

    @Test func markValidationNamesTheProblem() {
        func message(_ mark: any Mark) -> String? {
            do {
                try Axes(marks: [mark]).validate()
                return nil
            } catch { return (error as? PlotError)?.message }
        }
        #expect(message(LineMark(x: [1, 2, 3], y: [1, 2]))?.contains("3") == true)
        #expect(message(ScatterMark(x: [], y: []))?.contains("empty") == true)
        #expect(message(FillBetweenMark(x: [1, 2], y1: [1, 2], y2: [1])) != nil)
        #expect(message(LineMark(x: [1], y: [1], width: -1))?.contains("-1") == true)
        #expect(message(LineMark(x: [1], y: [1], style: .custom([0, 0]))) != nil)
        #expect(message(TextMark("t", x: .nan, y: 0)) != nil)
        #expect(message(ReferenceLine.horizontal(.infinity)) != nil)
        #expect(message(LineMark(x: [.nan], y: [1])) == nil)
    }
}

@Suite struct PixelSnapTests {
    let snap = PixelSnap(pixelsPerPoint: 100.0 / 72.0)

    @Test func oddWidthsSitOnPixelCentresEvenOnEdges() {
        // 57.6 pt = 80 px: a 0.8 pt (1 px) spine is centred on pixel 80's centre, a 1.44 pt (2 px) one on an edge.
        #expect(abs(snap.coordinate(57.6, lineWidth: 0.8) * 100 / 72 - 80.5) < 1e-9)
        #expect(abs(snap.coordinate(57.9, lineWidth: 1.44) * 100 / 72 - 80) < 1e-9)
        // matplotlib rounds, then adds half a pixel: 396.852 px → 397.5 (pixel row 397).
        #expect(abs(snap.coordinate(396.852 * 72 / 100, lineWidth: 0.8) * 100 / 72 - 397.5) < 1e-9)
        #expect(snap.coordinate(.nan, lineWidth: 1).isNaN)
    }

    @Test func onlyRectilinearPathsAreSnapped() {
        let square = Path.polygon([Point(10.1, 10.1), Point(20.3, 10.1), Point(20.3, 20.2), Point(10.1, 20.2)])
        let snapped = snap.snapped(square, lineWidth: 0.8)
        #expect(snapped != square)
        for case let .line(p) in snapped.elements {
            #expect(abs((p.x * 100 / 72).truncatingRemainder(dividingBy: 1) - 0.5) < 1e-9)
            #expect(abs((p.y * 100 / 72).truncatingRemainder(dividingBy: 1) - 0.5) < 1e-9)
        }
        let diagonal = Path.polyline([Point(0.3, 0.3), Point(10.7, 5.2)])
        #expect(snap.snapped(diagonal, lineWidth: 0.8) == diagonal)
    }

    @Test func spinesAreSnappedOnTheCanvasGrid() throws {
        let canvas = RecordingCanvas(width: 460.8, height: 345.6, pixelsPerPoint: 100.0 / 72.0)
        try Figure(Axes { LineMark(x: [0, 1], y: [0, 1]) }).draw(on: canvas)
        let spine = try #require(canvas.strokes.first { $0.style.join == .miter && $0.style.width == 0.8 })
        guard case let .move(p) = spine.path.elements[0] else {
            Issue.record("no move")
            return
        }
        #expect(abs((p.x * 100 / 72) - 80.5) < 1e-9)
    }
}
