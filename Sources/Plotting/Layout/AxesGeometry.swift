import Foundation

/// An axes resolved for one plot box: the (aspect-adjusted) box, the data→canvas mappings and the ticks.
struct AxesGeometry: Sendable {
    var box: Rect
    var x: AxisMapping
    var y: AxisMapping
    var xTicks: AxisTicks
    var yTicks: AxisTicks

    /// The data→canvas transform for `MarkContext`.
    var transform: @Sendable (Double, Double) -> Point {
        let x = self.x, y = self.y
        return { a, b in Point(x(a), y(b)) }
    }

    /// Data units per point at the plot box (linear scales; log scales report the mean over the box).
    var dataPerPoint: (x: Double, y: Double) {
        (abs(x.upper - x.lower) / max(box.width, 1e-9), abs(y.upper - y.lower) / max(box.height, 1e-9))
    }
}

extension Axes {
    /// The union of the marks' data bounds (positive parts only along log axes), or nil if none.
    func dataExtent() -> DataBounds? {
        let logX = xScale == .log, logY = yScale == .log
        var extent: DataBounds?
        for mark in marks {
            let bounds: DataBounds?
            if logX || logY, let provider = mark as? PositiveBoundsProviding {
                bounds = provider.dataBounds(positiveX: logX, positiveY: logY)
            } else {
                bounds = mark.dataBounds
            }
            guard let b = bounds, b.xMin.isFinite, b.xMax.isFinite, b.yMin.isFinite, b.yMax.isFinite else { continue }
            extent = extent.map { $0.union(b) } ?? b
        }
        return extent
    }

    /// The x and y limits in force: explicit ones, else automatic from the data with the theme's margins.
    func resolvedLimits(theme: Theme) -> (x: (Double, Double), y: (Double, Double)) {
        let extent = (xLimits == nil || yLimits == nil) ? dataExtent() : nil
        let xExtent = xLimits == nil ? sharedXExtent(extent) : nil
        let x =
            xLimits.map { ($0.lowerBound, $0.upperBound) }
            ?? automaticLimits(alongX: true, extent: xExtent, theme: theme)
        let yExtent = yLimits == nil ? sharedYExtent(extent) : nil
        let y =
            yLimits.map { ($0.lowerBound, $0.upperBound) }
            ?? automaticLimits(alongX: false, extent: yExtent, theme: theme)
        return (Self.usable(x, scale: xScale), Self.usable(y, scale: yScale))
    }

    /// The x extent of this axes' data and its right twin's (which shares the x axis).
    private func sharedXExtent(_ extent: DataBounds?) -> DataBounds? {
        guard let twinx else { return extent }
        return Self.union(extent, Axes(marks: twinx.marks, xScale: xScale, yScale: twinx.yScale).dataExtent())
    }

    /// The y extent of this axes' data and its top twin's (which shares the y axis).
    private func sharedYExtent(_ extent: DataBounds?) -> DataBounds? {
        guard let twiny else { return extent }
        return Self.union(extent, Axes(marks: twiny.marks, xScale: twiny.xScale, yScale: yScale).dataExtent())
    }

    private static func union(_ a: DataBounds?, _ b: DataBounds?) -> DataBounds? {
        guard let a, let b else { return a ?? b }
        return a.union(b)
    }

    /// Whether each axis runs backwards: as set, else as the marks ask (with automatic limits).
    func inversion() -> (x: Bool, y: Bool) {
        let sticky = marks.compactMap { $0 as? StickyEdgesMark }
        return (
            xAxisInverted ?? (xLimits == nil && sticky.contains { $0.invertsX }),
            yAxisInverted ?? (yLimits == nil && sticky.contains { $0.invertsY })
        )
    }

    /// Makes explicit limits usable: distinct, finite, positive on log scales.
    private static func usable(_ r: (Double, Double), scale: Scale) -> (Double, Double) {
        switch scale {
        case .linear:
            let (a, b) = nonsingular(r.0, r.1, expander: 0.05)
            return r.0 <= r.1 ? (a, b) : (b, a)
        case .log:
            let a = r.0 > 0 && r.0.isFinite ? r.0 : 1, b = r.1 > 0 && r.1.isFinite ? r.1 : 10
            return a == b ? (a / 10, b * 10) : (a, b)
        }
    }

    /// The geometry for a plot box: limits, aspect adjustment, mappings and ticks. With a `canvas`, automatic
    /// x ticks are thinned until their labels no longer overlap (long labels on a narrow axis).
    func geometry(plotBox: Rect, theme: Theme, canvas: Canvas? = nil) -> AxesGeometry {
        let (xl, yl) = resolvedLimits(theme: theme)
        var box = plotBox
        if aspect == .equal {
            box = Self.equalAspectBox(plotBox, xSpan: Self.span(xl, xScale), ySpan: Self.span(yl, yScale))
        }
        let inverted = inversion()
        let xm = AxisMapping(
            scale: xScale, lower: xl.0, upper: xl.1, start: inverted.x ? box.maxX : box.minX,
            end: inverted.x ? box.minX : box.maxX)
        let ym = AxisMapping(
            scale: yScale, lower: yl.0, upper: yl.1, start: inverted.y ? box.minY : box.maxY,
            end: inverted.y ? box.maxY : box.minY)
        let xn = MaxNLocator.automaticIntervals(axisLength: box.width, fontSize: theme.fontSize, horizontal: true)
        let yn = MaxNLocator.automaticIntervals(axisLength: box.height, fontSize: theme.fontSize, horizontal: false)
        var xt = ticks(alongX: true, limits: xl, intervals: xn, mapping: xm, canvas: canvas, theme: theme)
        if let canvas, xTicks == nil, categoryNames(alongX: true) == nil, showXTickLabels {
            var n = xn
            while n > 1 && Self.labelsOverlap(xt, mapping: xm, canvas: canvas, theme: theme) {
                n -= 1
                xt = AxisTicks.make(
                    scale: xScale, lower: xl.0, upper: xl.1, intervals: n, explicit: nil,
                    minorLog: showMinorLogTicks)
            }
        }
        let yt = ticks(alongX: false, limits: yl, intervals: yn, mapping: ym, canvas: canvas, theme: theme)
        return AxesGeometry(box: box, x: xm, y: ym, xTicks: xt, yTicks: yt)
    }

    private static func span(_ r: (Double, Double), _ scale: Scale) -> Double {
        switch scale {
        case .linear: return abs(r.1 / 2 - r.0 / 2) * 2
        case .log: return abs(log10(r.1) - log10(r.0))
        }
    }

    /// The largest box centred in `box` whose width/height ratio equals xSpan/ySpan.
    static func equalAspectBox(_ box: Rect, xSpan: Double, ySpan: Double) -> Rect {
        guard xSpan > 0, ySpan > 0, xSpan.isFinite, ySpan.isFinite, box.width > 0, box.height > 0 else { return box }
        let wanted = ySpan / xSpan
        guard wanted.isFinite, wanted > 0 else { return box }
        if box.height / box.width > wanted {
            let h = box.width * wanted
            return Rect(x: box.x, y: box.y + (box.height - h) / 2, width: box.width, height: h)
        }
        let w = box.height / wanted
        return Rect(x: box.x + (box.width - w) / 2, y: box.y, width: w, height: box.height)
    }

    /// Whether neighbouring x tick labels come closer than half an em.
    private static func labelsOverlap(_ ticks: AxisTicks, mapping: AxisMapping, canvas: Canvas, theme: Theme) -> Bool {
        let font = Font(family: theme.fontFamily, size: theme.fontSize)
        var previousRight = -Double.infinity
        // Left to right on the canvas, whichever way the axis runs.
        let placed = zip(ticks.major, ticks.labels).compactMap { value, label in
            let center = mapping(value)
            return label.isEmpty || !center.isFinite ? nil : (center, label)
        }.sorted { $0.0 < $1.0 }
        for (center, label) in placed {
            let half = canvas.measureText(label, font: font).width / 2
            if center - half < previousRight + theme.fontSize / 2 { return true }
            previousRight = center + half
        }
        return false
    }
}
