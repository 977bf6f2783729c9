import Core
import Plotting

extension TangentFigure: AnimatedFigure {
    static let animationSummary = LocalizedText(
        ko: "접선이 곡선을 따라 x = 0에서 20까지 미끄러지며 수치 미분으로 구한 기울기가 바뀌는 모습",
        en: "The tangent sliding along the curve from x = 0 to 20, its numerical slope shown")

    /// The point of tangency moves from the start to the end of `--range` (both included) in 41 frames, or
    /// `--frames`; the curve keeps its axes (fitted to the curve) and the title shows x and the slope.
    static func animate(
        _ values: ParameterValues, timing: AnimationTiming, language: Language
    ) throws
        -> FigureAnimation
    {
        let curve = try OneVariableCurve(values)
        let (lo, hi) = values.interval(.range)
        let points = FrameSchedule.values(frames: timing.frameCount(natural: 41), from: lo, to: hi)
        let f = curve.function
        let tangents = try points.map { x in try TangentLine(tangentTo: { f($0) }, at: x) }
        let yLimits = FixedLimits.of(curve.ys)
        let xLimits = FixedLimits.of(curve.xs)
        let labels = zip(points, tangents).map { x, tangent in
            "x = \(NumberText.short(x, digits: 4)): \(CommonText.slope(language)) \(tangent.slope)"
        }
        let animation = Animation(
            frameCount: points.count, framesPerSecond: timing.framesPerSecond, hold: timing.hold,
            frameLabels: labels, title: animationSummary(language)
        ) { frame in
            let x = points[frame], tangent = tangents[frame]
            return Figure(
                Axes(
                    marks: [
                        curve.line(),
                        LineMark(x: curve.xs, y: curve.xs.map { tangent($0) }),
                        LineMark(
                            x: [x], y: [f(x)], color: BookStyle.black, marker: MarkerStyle(.circle),
                            drawsLine: false),
                    ], title: Label(labels[frame]), xLabel: "x", yLabel: "f(x)", xLimits: xLimits, yLimits: yLimits))
        }
        let data = DataTable(columns: [
            ("x", points), ("f(x)", points.map { f($0) }), ("slope", tangents.map(\.slope)),
            ("intercept", tangents.map(\.intercept)),
        ])
        return FigureAnimation(animation: animation, data: data)
    }
}
