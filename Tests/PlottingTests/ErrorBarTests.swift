import Testing

@testable import Plotting

/// Error bars: symmetric and asymmetric sizes along y and x, caps in points, validation.
@Suite struct ErrorBarTests {
    @Test func asymmetricYErrorsReachTheirEndsAndLimitsIncludeThem() throws {
        let mark = ErrorBarMark(
            x: [1, 2], y: [5, 6], yError: .asymmetric(lower: [1, 2], upper: [3, 0.5]), drawsLine: false)
        let bounds = try #require(mark.dataBounds)
        #expect(bounds == DataBounds(xMin: 1, xMax: 2, yMin: 4, yMax: 8))
        let (canvas, g) = try drawRecorded(Axes { mark })
        let bars = try #require(
            canvas.strokes.first { $0.style.color == Theme().colorCycle[0] && $0.style.width == 1.5 })
        let s = segments(bars.path)
        #expect(s.count == 2)
        let pixel = 1 / canvas.pixelsPerPoint
        #expect(abs(s[0].0.y - g.y(4)) <= pixel && abs(s[0].1.y - g.y(8)) <= pixel)
        #expect(abs(s[1].0.y - g.y(4)) <= pixel && abs(s[1].1.y - g.y(6.5)) <= pixel)
        #expect(abs(s[0].0.x - g.x(1)) <= pixel && s[0].0.x == s[0].1.x)
    }

    @Test func capsAreTwiceTheCapSizeLongAndOnePointThick() throws {
        let (canvas, _) = try drawRecorded(
            Axes { ErrorBarMark(x: [0, 1], y: [0, 1], xError: .symmetric([0.2, 0.1]), capSize: 3) })
        let caps = try #require(canvas.strokes.first { $0.style.width == 1 && $0.style.color == Theme().colorCycle[0] })
        let s = segments(caps.path)
        #expect(s.count == 4)
        for (a, b) in s {
            #expect(a.x == b.x)  // vertical caps on horizontal bars
            #expect(abs(abs(b.y - a.y) - 6) <= 1 / canvas.pixelsPerPoint + 1e-9)
        }
    }

    @Test func aNaNErrorLeavesThatBarOutAndTheLineIsDrawnOnTop() throws {
        let (canvas, _) = try drawRecorded(
            Axes { ErrorBarMark(x: [0, 1, 2], y: [0, 2, 1], yError: .symmetric([0.5, .nan, 0.5])) })
        let c0 = canvas.strokes.filter { $0.style.color == Theme().colorCycle[0] }
        #expect(c0.count == 2)
        #expect(segments(c0[0].path).count == 2)  // bars first …
        #expect(c0[1].path.elements.count == 3)  // … then the line through the three points
    }

    @Test func onALogAxisABarReachingBelowZeroIsDrawnToTheEdge() throws {
        var axes = Axes { ErrorBarMark(x: [1, 2], y: [1, 10], yError: .symmetric([2, 5]), drawsLine: false) }
        axes.yScale = .log
        // matplotlib: errorbar([1, 2], [1, 10], yerr=[2, 5]); set_yscale("log") → ylim (0.873364, 17.1750).
        let y = axes.resolvedLimits(theme: Theme()).y
        #expect(close([y.0, y.1], [0.8733643030160301, 17.174963469653846], tolerance: 1e-9))
        let (canvas, g) = try drawRecorded(axes)
        let bars = try #require(
            canvas.strokes.first { $0.style.color == Theme().colorCycle[0] && $0.style.width == 1.5 })
        let s = segments(bars.path)
        #expect(s.count == 2)
        #expect(s[0].0.y > g.box.maxY)  // 1 − 2 < 0: past the bottom of the plot
    }

    @Test func badSizesAreValidationErrors() {
        func message(_ mark: ErrorBarMark) -> String? {
            do { try mark.validate() } catch { return "\(error)" }
            return nil
        }
        #expect(
            message(ErrorBarMark(x: [0, 1], y: [0, 1], yError: .symmetric([1, -2])))
                == "ErrorBarMark: yError size -2.0 is not a finite number ≥ 0 (NaN leaves that bar out)")
        #expect(
            message(ErrorBarMark(x: [0, 1], y: [0, 1], xError: .asymmetric(lower: [1, 1], upper: [1])))?
                .contains("xError upper has 1 sizes but there are 2 points") == true)
        #expect(message(ErrorBarMark(x: [0], y: [0], yError: .constant(-1))) != nil)
        #expect(
            message(ErrorBarMark(x: [0], y: [0], yError: .constant(1), capSize: -3))
                == "ErrorBarMark: cap size -3.0 is not a number of points in 0...10000")
        #expect(message(ErrorBarMark(x: [0], y: [0], yError: .constant(1), capSize: 1e300)) != nil)
        #expect(message(ErrorBarMark(x: [], y: [], yError: .symmetric([])))?.contains("empty") == true)
        #expect(message(ErrorBarMark(x: [0, 1], y: [0], yError: .constant(1)))?.contains("same length") == true)
        #expect(message(ErrorBarMark(x: [0], y: [0], yError: .constant(.infinity))) != nil)
        #expect(message(ErrorBarMark(x: [0], y: [0], yError: .symmetric([.nan]))) == nil)
    }

    @Test func legendSampleHasTheBarAndTheLine() throws {
        let (canvas, _) = try drawRecorded(
            Axes(legend: .upperRight) { ErrorBarMark(x: [0, 1], y: [0, 1], yError: .constant(0.1), label: "m") })
        #expect(canvas.texts.contains { $0.text == "m" })
        #expect(canvas.strokes.filter { $0.style.color == Theme().colorCycle[0] }.count == 4)
    }
}
