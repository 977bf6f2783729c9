import Testing

@testable import Plotting

@Suite struct LabelTests {
    @Test func stringsAreLiteralAndMarkupIsAskedFor() {
        let literal: Label = "loss_history_v2.csv"
        #expect(literal.kind == .literal)
        #expect(literal.plainText == "loss_history_v2.csv")
        #expect(literal.pangoMarkup(fontSize: 10) == "loss_history_v2.csv")
        #expect(Label("a <b> & c").pangoMarkup(fontSize: 10) == "a &lt;b&gt; &amp; c")
        let rate = 0.1
        #expect(Label(stringLiteral: "lr = 0.1") == "lr = \(rate)")
        let markup = Label.markup("x_0")
        #expect(markup.kind == .markup)
        #expect(markup.plainText == "x0")
        #expect(markup.pangoMarkup(fontSize: 10) == "x<span size=\"7168\" rise=\"-1843\">0</span>")
        #expect(markup != Label("x_0"))
        #expect(Label.markup("a_{").pangoMarkup(fontSize: 10) == "a_{")  // invalid markup: as typed
    }

    @Test func theIssuesExampleDrawsLiterally() throws {
        let axes = Axes(
            marks: [LineMark(x: [0, 1], y: [0, 1])], title: "loss_history_v2.csv", xLabel: "learning_rate",
            yLabel: .markup("x_0^2"))
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        let drawn = canvas.texts.map(\.text)
        #expect(drawn.contains(Label("loss_history_v2.csv")))
        #expect(drawn.contains(Label("learning_rate")))
        #expect(drawn.contains(.markup("x_0^2")))
        #expect(!drawn.contains(.markup("loss_history_v2.csv")))
    }

    @Test func legendEntriesAndTextMarksKeepTheirKind() throws {
        let axes = Axes(
            marks: [
                LineMark(x: [0, 1], y: [0, 1], label: "run_1"),
                LineMark(x: [0, 1], y: [1, 0], label: .markup("x_1")),
                TextMark("a^b", x: 0.5, y: 0.5),
            ], legend: .upperRight)
        let canvas = RecordingCanvas(width: 460.8, height: 345.6)
        try Figure(axes).draw(on: canvas)
        let drawn = canvas.texts.map(\.text)
        #expect(drawn.contains(Label("run_1")) && drawn.contains(.markup("x_1")) && drawn.contains(Label("a^b")))
    }
}
