import Testing

@testable import Plotting

/// `axes` drawn as a default (6.4 × 4.8 in) figure on a recording canvas, with the geometry it was drawn with.
func drawRecorded(_ axes: Axes) throws -> (canvas: RecordingCanvas, geometry: AxesGeometry) {
    let canvas = RecordingCanvas(width: 460.8, height: 345.6)
    try Figure(axes).draw(on: canvas)
    let box = try #require(canvas.commands.compactMap { if case .pushClip(let r) = $0 { r } else { nil } }.first)
    return (canvas, axes.geometry(plotBox: box, theme: Theme(), canvas: canvas))
}

/// Each subpath of `path` as its (first, last) point.
func segments(_ path: Path) -> [(Point, Point)] {
    var out: [(Point, Point)] = []
    var start: Point?
    for e in path.elements {
        if case .move(let p) = e { start = p }
        if case .line(let p) = e, let s = start { out.append((s, p)) }
    }
    return out
}
