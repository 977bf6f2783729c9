/// A vertical colour bar beside a panel (matplotlib's `fig.colorbar(im, ax=ax)` with its defaults: the
/// panel gives up 20 % of its width, the bar is `aspect` times taller than wide, ticks and labels on its
/// right). Set it on an `Axes` (it describes the first `ColormappedMark`, such as an `ImageMark`) or an
/// `Axes3D` (its surface).
public struct Colorbar: Hashable, Sendable {
    /// Fraction of the panel height the bar spans (matplotlib's `shrink`).
    public var shrink: Double
    /// Bar height over bar width (matplotlib: 20).
    public var aspect: Double
    /// A label along the bar's right side.
    public var label: Label?
    /// A colour bar with matplotlib's defaults unless given.
    public init(shrink: Double = 1, aspect: Double = 20, label: Label? = nil) {
        self.shrink = shrink
        self.aspect = aspect
        self.label = label
    }

    func validate() throws {
        guard shrink.isFinite, shrink > 0, shrink <= 1 else {
            throw PlotError("Colorbar: shrink \(shrink) is not allowed; use 0 < shrink ≤ 1")
        }
        guard aspect.isFinite, aspect > 0 else {
            throw PlotError("Colorbar: aspect \(aspect) is not allowed; it must be finite and > 0")
        }
    }

    /// Splits `plotBox` into the panel's part and the bar (matplotlib's `make_axes`: fraction 0.15, pad 0.05).
    func layout(in plotBox: Rect) -> (panel: Rect, bar: Rect) {
        let panel = Rect(x: plotBox.minX, y: plotBox.minY, width: plotBox.width * 0.8, height: plotBox.height)
        let height = plotBox.height * shrink
        let bar = Rect(
            x: plotBox.minX + plotBox.width * 0.85, y: plotBox.minY + (plotBox.height - height) / 2,
            width: height / aspect, height: height)
        return (panel, bar)
    }

    /// Draws the bar for `map` over `range` into `bar`: its colours (`fill`), frame, ticks and labels.
    func draw(
        map: Colormap, range: ClosedRange<Double>, in bar: Rect, on canvas: Canvas, theme: Theme,
        fill: ColorbarFill = .overlappingBands
    ) {
        switch fill {
        case .overlappingBands:
            let steps = max(2, map.colors.count)
            let stepHeight = bar.height / Double(steps)
            for k in 0..<steps {
                // Bottom to top; each band overlaps the next slightly so no seam shows between them.
                let top = bar.maxY - Double(k + 1) * stepHeight
                let overlap = k + 1 < steps ? min(0.5, stepHeight) : 0
                canvas.fill(
                    .rectangle(Rect(x: bar.minX, y: top - overlap, width: bar.width, height: stepHeight + overlap)),
                    color: map.color(at: (Double(k) + 0.5) / Double(steps)))
            }
        case .image:
            canvas.drawImage(Self.gradient(map), in: bar, interpolation: .nearest)
        }
        canvas.stroke(
            .rectangle(bar), style: StrokeStyle(color: theme.foreground, width: theme.axesLineWidth, join: .miter))
        let placed = decorations(range: range, bar: bar, canvas: canvas, theme: theme)
        for (y, text) in zip(placed.tickYs, placed.tickLabels) {
            canvas.stroke(
                Path.polyline([Point(bar.maxX, y), Point(bar.maxX + theme.tickLength, y)]),
                style: StrokeStyle(color: theme.foreground, width: theme.tickWidth))
            text.draw(on: canvas)
        }
        placed.offset?.draw(on: canvas)
        placed.label?.draw(on: canvas)
    }

    /// Where the ticks and labels of a bar at `bar` go: tick heights, tick labels, the offset text (matplotlib
    /// shows a vertical colour bar's multiplier above it) and the rotated label right of the tick labels.
    func decorations(range: ClosedRange<Double>, bar: Rect, canvas: Canvas, theme: Theme) -> ColorbarDecorations {
        let font = Font(family: theme.fontFamily, size: theme.fontSize)
        let intervals = MaxNLocator.automaticIntervals(
            axisLength: bar.height, fontSize: theme.fontSize, horizontal: false)
        let values = MaxNLocator(maxIntervals: intervals).ticks(from: range.lowerBound, to: range.upperBound)
        let labels = TickFormatter().labels(for: values, view: (range.lowerBound, range.upperBound))
        var placed = ColorbarDecorations()
        var widest = 0.0
        for (value, text) in zip(values, labels.labels) {
            // Halves: finite when the range is wider than the largest Double, the same numbers otherwise.
            let fraction = FiniteArithmetic.fraction(value, from: range.lowerBound, to: range.upperBound)
            let y = fraction.map { bar.maxY - $0 * bar.height } ?? bar.minY + bar.height / 2
            placed.tickYs.append(y)
            placed.tickLabels.append(
                PlacedText(
                    text, at: Point(bar.maxX + theme.tickLength + theme.tickLabelPad, y), font: font,
                    color: theme.foreground, horizontal: .left, vertical: .center))
            widest = max(widest, canvas.measureText(text, font: font).width)
        }
        if let offset = labels.offsetText {
            placed.offset = PlacedText(
                offset, at: Point(bar.minX, bar.minY - theme.tickLabelPad), font: font, color: theme.foreground,
                horizontal: .left, vertical: .bottom)
        }
        if let label, !label.isEmpty {
            let x = bar.maxX + theme.tickLength + theme.tickLabelPad + widest + theme.axisLabelPad
            placed.label = PlacedText(
                label, at: Point(x, bar.minY + bar.height / 2), font: font, color: theme.foreground,
                horizontal: .center, vertical: .top, rotation: 90)
        }
        return placed
    }

    /// The map as a one-pixel-wide image of its 256 lookup entries (`ColorLookup`, as an image's cells
    /// are coloured), the last at the top.
    static func gradient(_ map: Colormap) -> ImagePixels {
        let table = ColorLookup(map: map, range: 0...1).table
        var rgba = [UInt8]()
        rgba.reserveCapacity(table.count)
        for k in (0..<ColorLookup.entries).reversed() { rgba += table[(4 * k)..<(4 * k + 4)] }
        return ImagePixels(width: 1, height: ColorLookup.entries, rgba: rgba)
    }
}

/// How a colour bar paints its colours.
enum ColorbarFill {
    /// One rectangle per colour, each overlapping the next by half a point (the 3-D figures' look).
    case overlappingBands
    /// One image (`Canvas.drawImage`): no seams and no overlap.
    case image
}

/// The ticks and texts of a colour bar, placed.
struct ColorbarDecorations {
    /// The canvas y of each tick.
    var tickYs: [Double] = []
    /// The label of each tick.
    var tickLabels: [PlacedText] = []
    /// The multiplier or offset above the bar, if the tick labels need one.
    var offset: PlacedText?
    /// The bar's label, rotated, right of the tick labels.
    var label: PlacedText?

    /// Every text placed.
    var texts: [PlacedText] { tickLabels + [offset, label].compactMap { $0 } }
}

/// A 3-D mark coloured through a colour map, which a colour bar can describe (`ColormappedMark`'s
/// `colorScale`).
public protocol ColormappedMark3D: ColormappedMark {}
