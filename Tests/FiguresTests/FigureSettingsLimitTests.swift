import Figures
import Plotting
import Testing

/// The command line's `--dpi` ceiling is the library's (`FigureLimits.maximumDPI`), not a copy of it.
@Suite struct FigureSettingsLimitTests {
    @Test func dpiCeilingIsTheLibrarysLimit() throws {
        _ = try FigureSettings(dpi: FigureLimits.maximumDPI)
        do {
            _ = try FigureSettings(dpi: FigureLimits.maximumDPI.nextUp)
            Issue.record("a dpi over the limit was accepted")
        } catch {
            #expect("\(error)".contains("\(Int(FigureLimits.maximumDPI))"))
        }
    }
}
