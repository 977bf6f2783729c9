import Testing

@testable import Plotting

/// Bars over string categories: positions, widths, groups, stacks, the category ticks and bad input.
@Suite struct BarMarkTests {
    /// The rectangles of a filled path as (minX, maxX, minY, maxY).
    func rectangles(_ path: Path) -> [(Double, Double, Double, Double)] {
        var out: [(Double, Double, Double, Double)] = [], points: [Point] = []
        func flush() {
            if let x0 = points.map(\.x).min(), let x1 = points.map(\.x).max(), let y0 = points.map(\.y).min(),
                let y1 = points.map(\.y).max()
            {
                out.append((x0, x1, y0, y1))
            }
            points = []
        }
        for e in path.elements {
            switch e {
            case .move(let p):
                flush()
                points = [p]
            case .line(let p): points.append(p)
            default: break
            }
        }
        flush()
        return out
    }

    @Test func categoriesBecomeTicksInOrderAndBarsAreEightTenthsWide() throws {
        let axes = Axes { BarMark(categories: ["cat", "dog", "bird"], values: [3, 5, 2]) }
        let (x, y) = axes.resolvedLimits(theme: Theme())
        // matplotlib: bar(["cat", "dog", "bird"], [3, 5, 2]) → xlim (-0.54, 2.54), ylim (0, 5.25) (matplotlib 3.x prints these).
        #expect(close([x.0, x.1, y.0, y.1], [-0.54, 2.54, 0, 5.25]))
        let (canvas, g) = try drawRecorded(axes)
        #expect(g.xTicks.major == [0, 1, 2] && g.xTicks.labels == ["cat", "dog", "bird"])
        #expect(["cat", "dog", "bird"].allSatisfy { name in canvas.texts.contains { $0.text == name } })
        let fill = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        let bars = rectangles(fill.path)
        #expect(bars.count == 3)
        let pixel = 1 / canvas.pixelsPerPoint
        let dog = bars[1]
        #expect(abs(dog.0 - g.x(0.6)) <= pixel && abs(dog.1 - g.x(1.4)) <= pixel)
        #expect(abs(dog.2 - g.y(5)) <= pixel && abs(dog.3 - g.y(0)) <= pixel)
    }

    @Test func groupedSeriesSitSideBySideWithCycleColoursAndLegendEntries() throws {
        let marks = BarMark.grouped(
            categories: ["a", "b"], series: [BarSeries("2023", [1, 2]), BarSeries("2024", [Int(3), 4])])
        #expect(marks.map(\.width) == [0.4, 0.4] && close(marks.map(\.offset), [-0.2, 0.2]))
        let (canvas, g) = try drawRecorded(Axes(legend: .upperLeft) { marks })
        let c0 = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        let c1 = try #require(canvas.fills.first { $0.color == Theme().colorCycle[1] })
        let pixel = 1 / canvas.pixelsPerPoint
        #expect(abs(rectangles(c0.path)[0].1 - g.x(0)) <= pixel && abs(rectangles(c1.path)[0].0 - g.x(0)) <= pixel)
        #expect(canvas.texts.contains { $0.text == "2023" } && canvas.texts.contains { $0.text == "2024" })
    }

    @Test func stackedSeriesStartWhereThePreviousEndedNegativesBelowZero() {
        let marks = BarMark.stacked(
            categories: ["a", "b"],
            series: [BarSeries("x", [1, -2]), BarSeries("y", [3, -1]), BarSeries("z", [Double.nan, 5])])
        #expect(marks.map { $0.baselines ?? [] } == [[0, 0], [1, -2], [4, 0]])
        let y = Axes(marks: marks).resolvedLimits(theme: Theme()).y
        #expect(close([y.0, y.1], [-3.4, 5.4]))
    }

    @Test func horizontalBarsPutTheCategoriesOnYFirstAtTheBottom() throws {
        let axes = Axes { BarMark(categories: ["low", "high"], values: [2, 4], orientation: .horizontal) }
        let (x, y) = axes.resolvedLimits(theme: Theme())
        #expect(close([x.0, x.1, y.0, y.1], [0, 4.2, -0.49, 1.49]))
        let (_, g) = try drawRecorded(axes)
        #expect(g.yTicks.labels == ["low", "high"] && g.y(0) > g.y(1))
        #expect(g.xTicks.labels.contains("4.0"))
    }

    @Test func manyCategoriesAreThinnedAndTooManyRefused() throws {
        let names = (0..<200).map { "category \($0)" }
        let (canvas, g) = try drawRecorded(Axes { BarMark(categories: names, values: names.indices.map(Double.init)) })
        #expect(g.xTicks.major.count > 1 && g.xTicks.major.count < 20)
        #expect(g.xTicks.labels.first == "category 0")
        // No two drawn labels overlap.
        let labels = canvas.texts.filter { $0.text.source.hasPrefix("category") }.map { canvas.bounds(of: $0) }
        #expect(zip(labels, labels.dropFirst()).allSatisfy { $0.maxX < $1.minX })
        let tooMany = (0..<10_000).map { "c\($0)" }
        #expect(
            throws: PlotError("BarMark: 10000 categories; at most 1000 are allowed (their labels could not be read)")
        ) {
            try BarMark(categories: tooMany, values: [Double](repeating: 1, count: 10_000)).validate()
        }
    }

    @Test func barsThinnerThanAPixelAreDrawnNotSnappedAway() throws {
        let names = (0..<1000).map { "c\($0)" }
        let (canvas, _) = try drawRecorded(
            Axes {
                BarMark(categories: names, values: names.indices.map { Double($0 % 7 + 1) }, orientation: .horizontal)
            })
        let fill = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        let bars = rectangles(fill.path)
        #expect(bars.count == 1000)
        // 0.8 of a 0.24-point category: one pixel where snapping keeps it, else its own height, never 0.
        #expect(bars.allSatisfy { $0.3 - $0.2 > 0.1 && $0.3 - $0.2 <= 1 / canvas.pixelsPerPoint + 1e-9 })
    }

    @Test func badInputIsAValidationError() {
        func message(_ axes: Axes) -> String? {
            do { try axes.validate() } catch { return "\(error)" }
            return nil
        }
        #expect(
            message(Axes { BarMark(categories: [], values: []) })
                == "BarMark: there are no categories; give at least one")
        #expect(
            message(Axes { BarMark(categories: ["a"], values: [1, 2]) })?.contains("2 values for 1 categories") == true)
        #expect(
            message(Axes { BarMark(categories: ["a", "a"], values: [1, 2]) })?.contains("'a' is given twice") == true)
        #expect(message(Axes { BarMark(categories: ["a"], values: [.infinity]) })?.contains("infinite") == true)
        #expect(message(Axes { BarMark(categories: ["a"], values: [1], width: -1) })?.contains("width -1.0") == true)
        #expect(
            message(
                Axes {
                    BarMark(categories: ["a", "b"], values: [1, 2])
                    BarMark(categories: ["b", "a"], values: [1, 2])
                })?.contains("different categories") == true)
        #expect(message(Axes { BarMark(categories: ["a", "b"], values: [.nan, 2]) }) == nil)
    }

    @Test func aNaNValueLeavesItsBarOutAndAllNaNIsNothingToDraw() throws {
        let (canvas, _) = try drawRecorded(Axes { BarMark(categories: ["a", "b", "c"], values: [1, .nan, 2]) })
        let fill = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        #expect(rectangles(fill.path).count == 2)
        let empty = Figure(Axes { BarMark(categories: ["a"], values: [.nan]) })
        #expect(empty.panelsWithNothingToDraw == [0])
    }

    @Test func categoryNamesAreLiteral() throws {
        let (_, g) = try drawRecorded(Axes { BarMark(categories: ["loss_v2", "x^2"], values: [1, 2]) })
        #expect(g.xTicks.labels.map(\.kind) == [.literal, .literal])
        #expect(g.xTicks.labels.map(\.plainText) == ["loss_v2", "x^2"])
    }

    @Test func explicitTicksOverrideTheCategories() throws {
        var axes = Axes { BarMark(categories: ["a", "b", "c"], values: [1, 2, 3]) }
        axes.xTicks = [0, 2]
        let (_, g) = try drawRecorded(axes)
        #expect(g.xTicks.major == [0, 2] && g.xTicks.labels == ["0", "2"])
    }
}

/// Bars and histograms on a logarithmic value axis, as matplotlib's `set_yscale('log')` / `hist(log=True)`.
@Suite struct LogBarTests {
    @Test func barsFromZeroReachThePlotEdgeAndLimitsComeFromThePositiveEnds() throws {
        var axes = Axes { BarMark(categories: ["a", "b", "c"], values: [3, 50, 2]) }
        axes.yScale = .log
        let (_, y) = axes.resolvedLimits(theme: Theme())
        // matplotlib: bar(["a", "b", "c"], [3, 50, 2]); set_yscale("log") → ylim (1.70268, 58.7309).
        #expect(close([y.0, y.1], [1.7026798450415692, 58.730947154400965], tolerance: 1e-9))
        let (canvas, _) = try drawRecorded(axes)
        let fill = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        #expect(fill.path.elements.filter { if case .move = $0 { true } else { false } }.count == 3)
    }

    @Test func aLogHistogramLeavesEmptyBinsOut() throws {
        var axes = Axes { HistogramMark(values: [1, 2, 2, 3, 3, 3, 4, 4, 5, 10]) }
        axes.yScale = .log
        let (_, y) = axes.resolvedLimits(theme: Theme())
        // matplotlib: hist([1, 2, 2, 3, 3, 3, 4, 4, 5, 10], log=True) → ylim (0.946551, 3.16940).
        #expect(close([y.0, y.1], [0.9465508226401592, 3.1694019256486134], tolerance: 1e-9))
        let (canvas, _) = try drawRecorded(axes)
        let fill = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        #expect(fill.path.elements.filter { if case .move = $0 { true } else { false } }.count == 6)
    }
}
