import Foundation

/// The box around a 3-D scene, placed as mplot3d places it: for each axis the pane on the far side of the
/// box, grid lines across the two panes that meet the axis, and the axis line with its ticks and labels on
/// the box edge mplot3d chooses (`axis3d.Axis.draw`).
struct Axes3DFrame {
    let camera: Camera3D
    /// For each axis, the coordinate of the far (pane) side and of the near side.
    let far: Vector3
    let near: Vector3
    /// A twelfth of each axis range (mplot3d's `deltas`), for tick and label offsets.
    let deltas: Vector3
    let centers: Vector3
    /// Whether each axis's pane sits at its maximum (mplot3d's `highs`).
    let highs: [Bool]
    /// Label offset per point of text padding (mplot3d's `deltas_per_point` for a square of `squareSide`).
    let deltasPerPoint: Double

    /// mplot3d's pane colours (x, y, z), drawn with alpha 0.5.
    static let paneGreys = [0.95, 0.90, 0.925]
    /// For each axis, which two other axes move the axis line off the pane corner (mplot3d's `juggled`).
    static let juggled = [(1, 0), (0, 1), (0, 2)]
    /// For each axis, the axis along which its ticks point (mplot3d's `tickdir` with z vertical).
    static let tickDirection = [1, 0, 0]

    init(camera: Camera3D, squareSide: Double) {
        self.camera = camera
        let lo = Vector3(camera.limits[0].lowerBound, camera.limits[1].lowerBound, camera.limits[2].lowerBound)
        let hi = Vector3(camera.limits[0].upperBound, camera.limits[1].upperBound, camera.limits[2].upperBound)
        var highs: [Bool] = []
        for axis in 0..<3 {
            // Mean depth of the plane at the minimum vs at the maximum of this axis.
            func meanDepth(at value: Double) -> Double {
                var total = 0.0
                for a in [0, 1] {
                    for b in [0, 1] {
                        var p = lo
                        p[axis] = value
                        let others = [0, 1, 2].filter { $0 != axis }
                        p[others[0]] = a == 0 ? lo[others[0]] : hi[others[0]]
                        p[others[1]] = b == 0 ? lo[others[1]] : hi[others[1]]
                        total += camera.project(p).depth
                    }
                }
                return total / 4
            }
            highs.append(meanDepth(at: lo[axis]) < meanDepth(at: hi[axis]))
        }
        self.highs = highs
        var far = lo, near = hi
        for axis in 0..<3 where highs[axis] {
            far[axis] = hi[axis]
            near[axis] = lo[axis]
        }
        self.far = far
        self.near = near
        // Halves first: the same numbers, and finite when a span is wider than the largest Double.
        deltas = (1.0 / 6) * (0.5 * hi - 0.5 * lo)
        centers = 0.5 * lo + 0.5 * hi
        deltasPerPoint = squareSide > 0 ? 48 / (2 * squareSide) : 0
    }

    /// The four corners of the pane of `axis` (the plane at `far[axis]`).
    func pane(_ axis: Int) -> [Vector3] {
        let others = [0, 1, 2].filter { $0 != axis }
        return [(0, 0), (1, 0), (1, 1), (0, 1)].map { a, b in
            var p = far
            p[others[0]] = a == 0 ? far[others[0]] : near[others[0]]
            p[others[1]] = b == 0 ? far[others[1]] : near[others[1]]
            return p
        }
    }

    /// The box edge carrying `axis`'s line, ticks and labels.
    func axisEdge(_ axis: Int) -> (Vector3, Vector3) {
        let (j0, j1) = Self.juggled[axis]
        var a = far
        a[j0] = near[j0]
        var b = a
        b[j1] = near[j1]
        return (a, b)
    }

    /// The grid line of `axis` at `value`: across one pane, through the panes' corner line, across the other.
    func gridLine(_ axis: Int, at value: Double) -> [Vector3] {
        var corner = far
        corner[axis] = value
        var start = corner, end = corner
        let first = (axis + 1) % 3, second = (axis + 2) % 3  // python's index - 2 and index - 1
        start[first] = near[first]
        end[second] = near[second]
        return [start, corner, end]
    }

    /// The two ends of the tick mark of `axis` at `value` (0.1 δ inside the box edge to 0.2 δ outside).
    func tick(_ axis: Int, at value: Double) -> (Vector3, Vector3) {
        let dir = Self.tickDirection[axis]
        let sign: Double = highs[dir] ? 1 : -1
        var p = axisEdge(axis).0
        p[axis] = value
        let base = p[dir]
        var a = p, b = p
        a[dir] = base + 0.1 * sign * deltas[dir]
        b[dir] = base - 0.2 * sign * deltas[dir]
        return (a, b)
    }

    /// `point` moved away from the box centre by `padPoints` (converted to data units per axis) along every
    /// axis but `axis` (mplot3d's `move_from_center`).
    func movedOut(_ point: Vector3, axis: Int, padPoints: Double) -> Vector3 {
        var p = point
        for k in 0..<3 where k != axis {
            let step = padPoints * deltasPerPoint * deltas[k]
            // Clamped: at the edge of the Double range a label stays at the box rather than vanish.
            p[k] = FiniteArithmetic.clamp(p[k] + (p[k] - centers[k] >= 0 ? 1 : -1) * step)
        }
        return p
    }

    /// Where the tick label of `axis` at `value` is centred (tick pad 3.5 pt + mplot3d's 8).
    func tickLabelPosition(_ axis: Int, at value: Double, pad: Double) -> Vector3 {
        var p = axisEdge(axis).0
        p[axis] = value
        return movedOut(p, axis: axis, padPoints: pad + 8)
    }

    /// Where the axis label of `axis` is centred (label pad 4 pt + mplot3d's 21).
    func axisLabelPosition(_ axis: Int, pad: Double) -> Vector3 {
        let (a, b) = axisEdge(axis)
        return movedOut(0.5 * (a + b), axis: axis, padPoints: pad + 21)
    }

    /// The ticks inside each axis's limits and their labels: a MaxNLocator with as many intervals as the
    /// square allows (nine at matplotlib's default size, as mplot3d shows), reduced until the projected
    /// labels along that axis no longer overlap.
    func ticks(square: Rect, canvas: Canvas, theme: Theme) -> [(values: [Double], labels: [String], offset: String?)] {
        let font = Font(family: theme.fontFamily, size: theme.fontSize)
        let most = MaxNLocator.automaticIntervals(axisLength: square.width, fontSize: theme.fontSize, horizontal: false)
        return (0..<3).map { axis in
            let r = camera.limits[axis]
            var chosen: (values: [Double], labels: [String], offset: String?) = ([], [], nil)
            for intervals in stride(from: most, through: 1, by: -1) {
                let values = MaxNLocator(maxIntervals: intervals).ticks(from: r.lowerBound, to: r.upperBound)
                let formatted = TickFormatter().labels(for: values, view: (r.lowerBound, r.upperBound))
                let labels = formatted.labels
                let boxes = zip(values, labels).map { value, label in
                    let p = Axes3D.canvasPoint(
                        camera.project(tickLabelPosition(axis, at: value, pad: theme.tickLabelPad)),
                        in: square)
                    return canvas.measureText(label, font: font).bounds(
                        at: p, horizontal: .center, vertical: .center,
                        rotation: 0)
                }
                chosen = (values, labels, formatted.offsetText)
                if !zip(boxes, boxes.dropFirst()).contains(where: Self.overlap) { break }
                if intervals == 1 {
                    // Even the fewest ticks crowd: keep each label only if it clears the last one kept.
                    var last: Rect?
                    for (k, box) in boxes.enumerated() {
                        if let l = last, Self.overlap(l, box) { chosen.labels[k] = "" } else { last = box }
                    }
                }
            }
            return chosen
        }
    }

    /// Whether two label boxes overlap (touching is allowed).
    static func overlap(_ a: Rect, _ b: Rect) -> Bool {
        a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }

    func draw(axes: Axes3D, square: Rect, on canvas: Canvas, theme: Theme) {
        func point(_ v: Vector3) -> Point { Axes3D.canvasPoint(camera.project(v), in: square) }
        for axis in 0..<3 {
            let grey = Self.paneGreys[axis]
            canvas.fill(
                Path.polygon(pane(axis).map(point)), color: Color(red: grey, green: grey, blue: grey, alpha: 0.5))
        }
        let ticks = ticks(square: square, canvas: canvas, theme: theme)
        if axes.grid {
            let style = StrokeStyle(color: theme.gridColor, width: theme.gridWidth)
            for axis in 0..<3 {
                for value in ticks[axis].values {
                    canvas.stroke(Path.polyline(gridLine(axis, at: value).map(point)), style: style)
                }
            }
        }
        let font = Font(family: theme.fontFamily, size: theme.fontSize)
        let lineStyle = StrokeStyle(color: theme.foreground, width: theme.axesLineWidth, cap: .butt)
        let tickStyle = StrokeStyle(color: theme.foreground, width: theme.tickWidth, cap: .butt)
        let labels = [axes.xLabel, axes.yLabel, axes.zLabel]
        for axis in 0..<3 {
            let (a, b) = axisEdge(axis)
            canvas.stroke(Path.polyline([point(a), point(b)]), style: lineStyle)
            for (value, label) in zip(ticks[axis].values, ticks[axis].labels) {
                let (t0, t1) = tick(axis, at: value)
                canvas.stroke(Path.polyline([point(t0), point(t1)]), style: tickStyle)
                if label.isEmpty { continue }
                canvas.drawText(
                    label, at: point(tickLabelPosition(axis, at: value, pad: theme.tickLabelPad)), font: font,
                    color: theme.foreground, horizontal: .center, vertical: .center, rotation: 0)
            }
            if let offset = ticks[axis].offset {
                // The common multiplier or offset of the tick labels, beyond the far end of the axis edge
                // (mplot3d's offset text).
                let outer = Self.juggled[axis].1 == 2 ? b : a
                canvas.drawText(
                    offset, at: point(movedOut(outer, axis: axis, padPoints: theme.axisLabelPad + 21)),
                    font: font, color: theme.foreground, horizontal: .center, vertical: .center, rotation: 0)
            }
            if let text = labels[axis], !text.isEmpty {
                let pa = point(a), pb = point(b)
                // Labels longer than four characters run along the edge (mplot3d's rotate_label default).
                var angle = atan2(-(pb.y - pa.y), pb.x - pa.x) * 180 / .pi
                // Kept readable, and a steep edge (within 15° of vertical, as the z axis always is) read bottom to
                // top whichever way it leans: otherwise the z label would flip over as the camera turns past it.
                if angle > 105 {
                    angle -= 180
                } else if angle <= -75 {
                    angle += 180
                }
                let rotation = text.plainText.count > 4 ? angle : 0
                canvas.drawText(
                    text, at: point(axisLabelPosition(axis, pad: theme.axisLabelPad)), font: font,
                    color: theme.foreground, horizontal: .center, vertical: .center, rotation: rotation)
            }
        }
    }
}
