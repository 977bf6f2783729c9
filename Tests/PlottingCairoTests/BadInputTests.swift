import Plotting
import Testing

@testable import PlottingCairo

@Suite struct BadInputTests {
    @Test(arguments: [0.0, -1, .nan, .infinity, -.infinity])
    func badSizesThrowNamingTheValue(size: Double) {
        do {
            _ = try renderDocument(width: size, height: 4, dpi: 100, format: .png) { _ in }
            Issue.record("width \(size) was accepted")
        } catch {
            #expect("\(error)".contains("width \(size) inches"))
        }
        do {
            _ = try renderDocument(width: 4, height: size, dpi: 100, format: .svg) { _ in }
            Issue.record("height \(size) was accepted")
        } catch {
            #expect("\(error)".contains("height \(size)"))
        }
    }

    @Test(arguments: [0.0, -72, 2400.5, 1e9, .nan])
    func badDPIThrowsNamingTheValue(dpi: Double) {
        do {
            _ = try renderDocument(width: 1, height: 1, dpi: dpi, format: .pdf) { _ in }
            Issue.record("dpi \(dpi) was accepted")
        } catch {
            #expect("\(error)".contains("dpi \(dpi)") && "\(error)".contains("2400"))
        }
    }

    @Test func hugeCanvasesThrow() {
        // 10000 × 10001 px: each side fine for Cairo, but over 100 megapixels.
        #expect(throws: RenderError.tooManyPixels(width: 10000, height: 10001)) {
            _ = try CairoCanvas(format: .png, width: 100, height: 100.01, dpi: 100)
        }
        #expect(throws: RenderError.tooManyPixels(width: 48000, height: 100)) {
            _ = try CairoCanvas(format: .svg, width: 20, height: 1 / 24, dpi: 2400)
        }
        #expect(throws: RenderError.self) {
            _ = try CairoCanvas(format: .png, width: 0.001, height: 1, dpi: 100)  // under one pixel
        }
    }

    @Test func edgeSizesAreAccepted() throws {
        _ = try DocumentGeometry(width: 1, height: 1, dpi: 2400)
        _ = try DocumentGeometry(width: 100, height: 100, dpi: 100)  // exactly 100 megapixels
    }

    @Test func formatsFromExtensions() throws {
        #expect(try OutputFormat(fileExtension: "png") == .png)
        #expect(try OutputFormat(fileExtension: ".SVG") == .svg)
        #expect(try OutputFormat(path: "out/fig.v2.pdf") == .pdf)
        do {
            _ = try OutputFormat(path: "out/fig.jpeg")
            Issue.record("jpeg was accepted")
        } catch {
            #expect("\(error)" == "unknown output format 'jpeg'; allowed: png, svg, pdf")
        }
        #expect(throws: RenderError.unknownFormat("")) { try OutputFormat(path: "out/noextension") }
    }
}
