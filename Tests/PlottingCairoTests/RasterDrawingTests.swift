import Plotting
import Testing

@testable import PlottingCairo

@Suite struct RasterDrawingTests {
    @Test func canvasIsInPointsAndPixelsFollowDPI() throws {
        let canvas = try whiteRaster(width: 2, height: 1, dpi: 100)
        #expect(canvas.size.width == 144 && canvas.size.height == 72)
        let image = try #require(canvas.pixels)
        #expect(image.width == 200 && image.height == 100)
        #expect(canvas.pixelsPerPoint == 100.0 / 72)
        #expect(try CairoCanvas(format: .pdf, width: 1, height: 1, dpi: 144).pixelsPerPoint == 2)
    }

    @Test func onePointLineIsWhereItMustBe() throws {
        let canvas = try whiteRaster()
        // A horizontal 1 pt red line at y = 36 pt = 50 px (1.39 px wide at 100 dpi), from x = 18 pt to 54 pt.
        canvas.stroke(
            .polyline([Point(18, 36), Point(54, 36)]), style: StrokeStyle(color: Color(hex: 0xff0000), width: 1))
        let image = try #require(canvas.pixels)
        let onLine = try #require(image.pixel(x: 50, y: 50))
        #expect(onLine.r == 255 && onLine.g < 100 && onLine.b < 100 && onLine.a == 255)
        for (x, y) in [(50, 46), (50, 53), (20, 50), (80, 50)] {  // above, below, before start, after end
            let p = try #require(image.pixel(x: x, y: y))
            #expect(p.r == 255 && p.g == 255 && p.b == 255, "pixel (\(x), \(y)) should be background")
        }
        let box = try #require(inkBox(image, threshold: 200))
        #expect(box.minY >= 48 && box.maxY <= 51)
        #expect(box.minX == 25 && box.maxX == 74)
    }

    @Test func fillsAreExactInside() throws {
        let canvas = try whiteRaster()
        canvas.fill(.rectangle(Rect(x: 7.2, y: 7.2, width: 36, height: 36)), color: Color(hex: 0x1f77b4))
        let image = try #require(canvas.pixels)
        let inside = try #require(image.pixel(x: 30, y: 30))
        #expect(inside.r == 0x1f && inside.g == 0x77 && inside.b == 0xb4)
        let outside = try #require(image.pixel(x: 70, y: 30))
        #expect(outside.r == 255 && outside.g == 255 && outside.b == 255)
    }

    @Test func clipRestrictsDrawingUntilPopped() throws {
        let canvas = try whiteRaster()
        canvas.pushClip(Rect(x: 0, y: 0, width: 36, height: 72))
        canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 72, height: 36)), color: .black)
        canvas.popClip()
        canvas.fill(.rectangle(Rect(x: 0, y: 54, width: 72, height: 18)), color: .black)
        let image = try #require(canvas.pixels)
        #expect(image.pixel(x: 25, y: 25)?.r == 0)  // inside the clip
        #expect(image.pixel(x: 75, y: 25)?.r == 255)  // clipped away
        #expect(image.pixel(x: 75, y: 90)?.r == 0)  // after popClip
    }

    @Test func nonFiniteCoordinatesMakeGapsNotSpikes() throws {
        let canvas = try whiteRaster()
        let line = Path.polyline([
            Point(0, 36), Point(20, 36), Point(.nan, 36), Point(.infinity, 0),
            Point(52, 36), Point(72, 36),
        ])
        canvas.stroke(line, style: StrokeStyle(color: .black, width: 2))
        let image = try #require(canvas.pixels)
        #expect(image.pixel(x: 10, y: 50)?.r == 0)
        #expect(image.pixel(x: 90, y: 50)?.r == 0)
        #expect(image.pixel(x: 50, y: 50)?.r == 255)  // the gap
        // Nothing was drawn away from the line (no spike towards the infinite point).
        let box = try #require(inkBox(image))
        #expect(box.minY >= 47 && box.maxY <= 53)
    }

    @Test func dashesLeaveGaps() throws {
        let canvas = try whiteRaster()
        canvas.stroke(
            .polyline([Point(0, 36), Point(72, 36)]),
            style: StrokeStyle(color: .black, width: 2, dash: [7.2, 7.2]))
        let image = try #require(canvas.pixels)
        #expect(image.pixel(x: 5, y: 50)?.r == 0)  // first dash: 0…10 px
        #expect(image.pixel(x: 15, y: 50)?.r == 255)  // first gap: 10…20 px
        #expect(image.pixel(x: 25, y: 50)?.r == 0)
    }

    @Test func oddStylesDoNotBreakTheCanvas() throws {
        let canvas = try whiteRaster()
        canvas.stroke(.polyline([Point(0, 0), Point(72, 72)]), style: StrokeStyle(color: .black, width: .nan))
        canvas.stroke(
            .polyline([Point(0, 0), Point(72, 72)]), style: StrokeStyle(color: .black, width: 1, dash: [-1, 2]))
        canvas.stroke(
            .polyline([Point(0, 0), Point(72, 72)]), style: StrokeStyle(color: .black, width: 1, dash: [0, 0]))
        canvas.fill(.rectangle(Rect(x: 1e300, y: -1e300, width: 1e300, height: .nan)), color: .black)
        canvas.popClip()  // unbalanced: ignored
        canvas.drawText(
            "x", at: Point(.nan, 3), font: Font(), color: .black, horizontal: .left, vertical: .top, rotation: 0)
        for size in [0, -3, .nan, .infinity, 1e9] {
            let extent = canvas.measureText("x^2", font: Font(size: size))
            #expect(extent.width.isFinite && extent.width >= 0 && extent.height >= 0)
            canvas.drawText(
                "x^2", at: Point(3, 3), font: Font(size: size), color: .black, horizontal: .left,
                vertical: .top, rotation: .infinity)
        }
        let png = try canvas.finish()
        #expect(png.starts(with: [0x89, 0x50, 0x4e, 0x47]))
    }

    @Test func transparentAreasKeepStraightAlpha() throws {
        let canvas = try CairoCanvas(format: .png, width: 1, height: 1, dpi: 50)
        canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 36, height: 72)), color: Color(hex: 0xff0000, alpha: 0.5))
        let image = try #require(canvas.pixels)
        let half = try #require(image.pixel(x: 10, y: 10))
        #expect(half.r == 255 && half.g == 0 && half.a >= 127 && half.a <= 128)
        #expect(image.pixel(x: 40, y: 10)?.a == 0)
        #expect(!image.isOpaque)
    }
}
