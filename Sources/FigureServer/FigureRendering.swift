import Figures
import PlottingAnimation
import PlottingCairo

/// Draws a validated request the command line's way: `FigureBuilder` and `Figure.render(as:)` for SVG, PNG
/// and PDF; `AnimationBuilder` and the GIF encoder for `.gif`; the built figure's `--data` table for `.csv`.
enum FigureRendering {
    static func render(
        _ figure: any FigureDefinition.Type, format: FigureFormat, query: FigureQuery
    ) throws -> [UInt8] {
        switch format {
        case .svg: return try still(figure, query, as: .svg)
        case .png: return try still(figure, query, as: .png)
        case .pdf: return try still(figure, query, as: .pdf)
        case .gif:
            let animated = try AnimationBuilder.require(figure)
            let built = try AnimationBuilder.build(
                animated, given: query.given, timing: query.timing, settings: query.settings)
            let first = try built.animation.figure(at: 0)
            try ServerCaps.check(built.animation, first: first)
            // One thread per render: the render queue already runs one render per core.
            let files = try built.animation.render(as: [.gif], workers: 1, first: first)
            return files.first ?? []
        case .csv:
            let built = try FigureBuilder.build(figure, given: query.given, settings: query.settings)
            return Array(built.data.csv.utf8)
        }
    }

    private static func still(
        _ figure: any FigureDefinition.Type, _ query: FigureQuery, as format: OutputFormat
    ) throws -> [UInt8] {
        let built = try FigureBuilder.build(figure, given: query.given, settings: query.settings)
        try ServerCaps.check(built.figure, raster: format == .png)
        return try built.figure.render(as: format)
    }
}
