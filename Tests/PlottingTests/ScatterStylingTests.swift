import Testing

@testable import Plotting

/// Scatter with per-point areas (points²) and colours through a colour map, and the generic-data initialisers.
@Suite struct ScatterStylingTests {
    /// The width of the first subpath of a circle marker path.
    func widths(_ path: Path) -> [Double] {
        var out: [Double] = [], xs: [Double] = []
        for e in path.elements {
            switch e {
            case .move(let p):
                if !xs.isEmpty, let lo = xs.min(), let hi = xs.max() { out.append(hi - lo) }
                xs = [p.x]
            case .line(let p): xs.append(p.x)
            case .curve(let a, let b, let c): xs += [a.x, b.x, c.x]
            case .close: break
            }
        }
        if let lo = xs.min(), let hi = xs.max() { out.append(hi - lo) }
        return out
    }

    @Test func sizesAreAreasInPointsSquared() throws {
        let (canvas, _) = try drawRecorded(Axes { ScatterMark(x: [0, 1, 2], y: [0, 1, 2], sizes: [36, 100, 9]) })
        let fills = canvas.fills.filter { $0.color == Theme().colorCycle[0] }
        let drawn = fills.flatMap { widths($0.path) }
        #expect(close(drawn, [6, 10, 3], tolerance: 1e-6))
    }

    @Test func valuesAreColouredAsMatplotlibDrawsThemAndNaNIsAGap() throws {
        let (canvas, _) = try drawRecorded(
            Axes {
                ScatterMark(x: [0, 1, 2, 3], y: [0, 1, 2, 3], values: [10, .nan, 20, 15], colormap: .viridis)
            })
        let colors = canvas.fills.map(\.color).filter { $0 != Theme().background && $0 != .white }
        // matplotlib: to_hex(viridis(Normalize(10, 20)(v))) for v = 10, 20, 15.
        #expect(colors == [Color(hex: 0x440154), Color(hex: 0xfde725), Color(hex: 0x21918c)])
        // An explicit range clamps: 20 is beyond 0...10, so it takes the top colour (coolwarm: #dddcdc, #b40426).
        let (clamped, _) = try drawRecorded(
            Axes { ScatterMark(x: [0, 1], y: [0, 1], values: [5, 20], colormap: .coolwarm, valueRange: 0...10) })
        #expect(clamped.fills.map(\.color).contains(Color(hex: 0xdddcdc)))
        #expect(clamped.fills.map(\.color).contains(Color(hex: 0xb40426)))
        // 3.3 of 0...10 is lookup entry 84 of 256: matplotlib's (169, 198, 253), not an interpolated colour.
        #expect(Colormap.coolwarm.levelColor(for: 3.3, in: 0...10) == Color(hex: 0xa9c6fd))
    }

    @Test func theResolvedRangeIsTheGivenOneElseTheFiniteValues() {
        #expect(ScatterMark(x: [0, 1, 2], y: [0, 1, 2], values: [3, .nan, -1]).resolvedValueRange == -1...3)
        #expect(ScatterMark(x: [0], y: [0], values: [3], valueRange: 0...10).resolvedValueRange == 0...10)
        #expect(ScatterMark(x: [0], y: [0]).resolvedValueRange == nil)
    }

    @Test func aNaNSizeIsAGap() throws {
        let (canvas, _) = try drawRecorded(Axes { ScatterMark(x: [0, 1, 2], y: [0, 1, 2], sizes: [36, .nan, 36]) })
        let fill = try #require(canvas.fills.first { $0.color == Theme().colorCycle[0] })
        #expect(widths(fill.path).count == 2)
    }

    @Test func badStylingIsAValidationError() {
        func message(_ mark: ScatterMark) -> String? {
            do { try mark.validate() } catch { return "\(error)" }
            return nil
        }
        #expect(
            message(ScatterMark(x: [0, 1], y: [0, 1], sizes: [1, -4]))
                == "ScatterMark: size -4.0 is not an area in 0...100000000 points² (NaN leaves a gap)")
        #expect(message(ScatterMark(x: [0], y: [0], sizes: [.infinity])) != nil)
        #expect(message(ScatterMark(x: [0], y: [0], sizes: [2e8])) != nil)
        #expect(message(ScatterMark(x: [0, 1], y: [0, 1], sizes: [1]))?.contains("sizes has 1 values") == true)
        #expect(message(ScatterMark(x: [0, 1], y: [0, 1], values: [1, 2, 3]))?.contains("values has 3") == true)
        #expect(message(ScatterMark(x: [0], y: [0], values: [1], valueRange: 0...Double.infinity)) != nil)
        #expect(message(ScatterMark(x: [0, 1], y: [0, 1], sizes: [.nan, 4], values: [.nan, 1])) == nil)
    }

    @Test func colormapsByNameAndUnknownNamesListTheKnownOnes() throws {
        #expect(try Colormap.named("viridis") == .viridis)
        #expect(try Colormap.named("coolwarm_r") == Colormap.coolwarm.reversed)
        #expect(
            throws: PlotError(
                "Colormap: no colour map named 'jet'; known: viridis, viridis_r, coolwarm, coolwarm_r, gray, gray_r, Greys, Greys_r"
            )
        ) {
            try Colormap.named("jet")
        }
    }

    @Test func colourMappedScatterLeavesTheCycleAlone() throws {
        let (canvas, _) = try drawRecorded(
            Axes {
                ScatterMark(x: [0], y: [0], values: [1])
                LineMark(x: [0, 1], y: [0, 1])
            })
        #expect(canvas.strokes.contains { $0.style.color == Theme().colorCycle[0] && $0.style.width == 1.5 })
    }

    @Test func integerAndFloatDataCompileAndDraw() throws {
        let squares = (1...10).map { $0 * $0 }
        let axes = Axes {
            LineMark(x: Array(1...10), y: squares)
            LineMark(x: Array(1...10), y: squares.map { Double($0) / 2 })
            ScatterMark(x: [Float(1), 2, 3], y: [UInt8(4), 5, 6])
            ScatterMark(x: Array(1...3), y: [UInt8(4), 5, 6], sizes: [9, 16, 25], values: [1, 2, 3])
            FillBetweenMark(x: 0..<3, y1: [Int16(1), 2, 3], y2: [Float(0), 0, 0])
            ErrorBarMark(x: stride(from: 0, to: 3, by: 1), y: [Int64(1), 2, 3], yError: .constant(0.5))
        }
        let line = try #require(axes.marks.first as? LineMark)
        #expect(line.x == (1...10).map(Double.init) && line.y.last == 100)
        let (canvas, _) = try drawRecorded(axes)
        #expect(canvas.strokes.filter { $0.style.color == Theme().colorCycle[0] }.count >= 1)
        let (x, y) = axes.resolvedLimits(theme: Theme())
        #expect(close([x.0, x.1, y.0, y.1], [-0.5, 10.5, -5, 105]))
    }
}
