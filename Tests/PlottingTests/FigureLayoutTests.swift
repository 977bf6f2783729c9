import Testing

@testable import Plotting

@Suite struct FigureLayoutTests {
    func twoLineFigure() -> Figure {
        let xs = stride(from: 0.0, through: 20, by: 0.1).map { $0 }
        var axes = Axes(title: "f(x)", xLabel: "x", yLabel: "f(x)")
        axes.marks = [
            LineMark(x: xs, y: xs.map { 0.01 * $0 * $0 + 0.1 * $0 }, label: "curve"),
            LineMark(x: xs, y: xs.map { 0.2 * $0 - 0.25 }, style: .dashed, label: "tangent"),
        ]
        axes.legend = .upperLeft
        return Figure(axes)
    }

    @Test func singleAxesSitsAtMatplotlibsSubplotPosition() throws {
        let figure = twoLineFigure()
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        let clip = try #require(canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } }.first)
        #expect(abs(clip.minX - 0.125 * 460.8) < 1e-9)
        #expect(abs(clip.maxX - 0.9 * 460.8) < 1e-9)
        #expect(abs(clip.minY - 0.12 * 345.6) < 1e-9)
        #expect(abs(clip.maxY - 0.89 * 345.6) < 1e-9)
    }

    @Test func linesTakeTheColourCycleInOrder() throws {
        let figure = twoLineFigure()
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        let widths15 = Array(canvas.strokes.filter { $0.style.width == 1.5 }.prefix(2))
        #expect(widths15.map(\.style.color) == [Color(hex: 0x1f77b4), Color(hex: 0xff7f0e)])
        #expect(widths15[1].style.dash == [3.7 * 1.5, 1.6 * 1.5])
    }

    @Test func textNeverLeavesTheFigure() throws {
        var axes = Axes(
            title: Label(String(repeating: "T", count: 20)), xLabel: "a long x label", yLabel: "a long y label")
        axes.marks = [LineMark(x: [0, 1e7], y: [-123456.789, 987654.321])]
        for figure in [
            Figure(axes), Figure(axes, width: 2, height: 1.5),
            Figure(rows: 2, columns: 2, panels: [axes, axes, axes, axes]),
        ] {
            let canvas = RecordingCanvas(for: figure)
            try figure.draw(on: canvas)
            let page = Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height)
            for text in canvas.texts {
                let b = canvas.bounds(of: text)
                #expect(
                    b.minX >= -1e-9 && b.maxX <= page.maxX + 1e-9 && b.minY >= -1e-9 && b.maxY <= page.maxY + 1e-9,
                    "\(text.text) at \(b) leaves \(page)")
            }
        }
    }

    @Test func badFiguresThrowNamingTheValue() {
        let axes = Axes(marks: [LineMark(x: [0, 1], y: [0, 1])])
        #expect(throws: PlotError.self) { try Figure(axes, width: 0).validate() }
        #expect(throws: PlotError.self) { try Figure(axes, width: .nan).validate() }
        #expect(throws: PlotError.self) { try Figure(axes, dpi: 0).validate() }
        #expect(throws: PlotError.self) { try Figure(axes, dpi: 2401).validate() }
        #expect(throws: PlotError.self) { try Figure(axes, width: 200, height: 200, dpi: 100).validate() }
        #expect(throws: PlotError.self) { try Figure(Axes(marks: [LineMark(x: [0, 1], y: [0])])).validate() }
        #expect(throws: PlotError.self) { try Figure(Axes(marks: [LineMark(x: [], y: [])])).validate() }
        #expect(throws: PlotError.self) { try Figure(Axes(xLimits: -Double.infinity...1)).validate() }
        do {
            try Figure(axes, dpi: 3000).validate()
        } catch let error as PlotError {
            #expect(error.message.contains("3000"))
        } catch { Issue.record("unexpected \(error)") }
        var theme = Theme()
        theme.fontSize = .nan
        #expect(throws: PlotError.self) { try Figure(axes, theme: theme).validate() }
        theme = Theme()
        theme.dashedPattern = [1, -1]
        #expect(throws: PlotError.self) { try Figure(axes, theme: theme).validate() }
        let canvas = RecordingCanvas(width: 10, height: 10)
        #expect(throws: PlotError.self) { try Figure(Axes(marks: [LineMark(x: [0, 1], y: [0])])).draw(on: canvas) }
        #expect(canvas.commands.isEmpty)
    }

    @Test func neighbouringPanelsKeepTheirLabelsApart() throws {
        var axes = Axes(title: "Title", xLabel: "x label", yLabel: "y label")
        axes.marks = [LineMark(x: [0, 1e5], y: [-1234.5, 98765.4])]
        let figure = Figure(
            width: 6, height: 4, title: "Suptitle", rows: 2, columns: 2, panels: [axes, axes, axes, axes])
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        let clips = canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } }
        #expect(clips.count == 4)
        // Each text belongs to the panel whose plot box is nearest; texts of different panels never overlap,
        // and no text overlaps another panel's plot box.
        let boxes = canvas.texts.map { canvas.bounds(of: $0) }
        func owner(_ r: Rect) -> Int {
            clips.indices.min { a, b in distance(r, clips[a]) < distance(r, clips[b]) } ?? 0
        }
        for (i, a) in boxes.enumerated() where canvas.texts[i].text != "Suptitle" {
            for (j, clip) in clips.enumerated() where j != owner(a) {
                #expect(!a.intersects(clip), "\(canvas.texts[i].text) overlaps panel \(j)")
            }
            for (k, b) in boxes.enumerated() where k > i && owner(a) != owner(b) && canvas.texts[k].text != "Suptitle" {
                #expect(!a.intersects(b), "\(canvas.texts[i].text) overlaps \(canvas.texts[k].text)")
            }
        }
    }

    @Test func figureTitleClearsThePanelTitles() throws {
        let axes = Axes(title: "Panel", xLabel: "x", yLabel: "y")
        let figure = Figure(width: 9, height: 4.4, title: "Figure title", rows: 1, columns: 2, panels: [axes, axes])
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        let title = try #require(canvas.texts.first { $0.text == "Figure title" })
        let titleBox = canvas.bounds(of: title)
        for panelTitle in canvas.texts where panelTitle.text == "Panel" {
            #expect(canvas.bounds(of: panelTitle).minY >= titleBox.maxY + 4)
        }
    }

    func distance(_ a: Rect, _ b: Rect) -> Double {
        let dx = max(0, max(b.minX - a.maxX, a.minX - b.maxX)), dy = max(0, max(b.minY - a.maxY, a.minY - b.maxY))
        return dx * dx + dy * dy
    }
}

@Suite struct TickLabelSpacingTests {
    @Test func longXTickLabelsAreThinnedUntilTheyDoNotOverlap() throws {
        let axes = Axes(marks: [LineMark(x: [0.000101, 0.000199], y: [0, 1])])
        let figure = Figure(axes, width: 3, height: 3)
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        let clip = try #require(canvas.commands.compactMap { if case let .pushClip(r) = $0 { r } else { nil } }.first)
        let xLabels = canvas.texts.filter {
            $0.vertical == .top && $0.horizontal == .center && $0.position.y < clip.maxY + 10
        }
        .map { canvas.bounds(of: $0) }.sorted { $0.minX < $1.minX }
        #expect(xLabels.count >= 2)
        for (a, b) in zip(xLabels, xLabels.dropFirst()) { #expect(a.maxX < b.minX) }
    }
}
