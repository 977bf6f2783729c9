import Plotting
import Testing

@testable import PlottingCairo

@Suite struct ConcurrencyTests {
    /// Text goes through one process-wide Pango set-up behind a lock; canvases on several threads at once
    /// must give the same bytes as one at a time.
    @Test func concurrentRenderingGivesTheSameBytes() async throws {
        let formats: [OutputFormat] = [.png, .svg, .pdf, .png, .svg, .pdf]
        let serial = try formats.map {
            try renderDocument(width: 3.2, height: 2.4, dpi: 100, format: $0, draw: drawSamplePlot)
        }
        let parallel = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (i, format) in formats.enumerated() {
                group.addTask {
                    (i, try renderDocument(width: 3.2, height: 2.4, dpi: 100, format: format, draw: drawSamplePlot))
                }
            }
            var results = [[UInt8]](repeating: [], count: formats.count)
            for try await (i, bytes) in group { results[i] = bytes }
            return results
        }
        #expect(parallel == serial)
    }
}
