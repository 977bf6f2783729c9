extension ImageMark: DataMark, StickyEdgesMark, ColormappedMark {
    /// An image needs a finite value (or, for pixels, a well-formed raster).
    public var hasDrawableData: Bool {
        if let pixels { return pixels.isWellFormed }
        return values?.contains { $0.contains(where: \.isFinite) } ?? false
    }

    /// Automatic limits stop at the image's edges.
    public var stickyBounds: DataBounds? { dataBounds }
    /// With automatic limits, x runs right to left when the extent's `left` is greater than its `right`.
    public var invertsX: Bool { resolvedExtent.left > resolvedExtent.right }
    /// With automatic limits, y runs downward when the extent's `bottom` is greater than its `top` (the
    /// default extent with `origin: .upper`, as matplotlib's `imshow`).
    public var invertsY: Bool { resolvedExtent.bottom > resolvedExtent.top }

    /// The colour map and value range of a grid of values, for a colour bar; nil for pixels.
    public var colorScale: (map: Colormap, range: ClosedRange<Double>)? {
        valueRange.map { (resolvedColormap, $0) }
    }

    /// The cells as RGBA pixels, row 0 first, coloured as matplotlib does (`ColorLookup`); NaN and infinite
    /// cells transparent.
    package func rasterized() -> ImagePixels? {
        if let pixels { return pixels.isWellFormed ? pixels : nil }
        guard let values, let range = valueRange, let columns = values.first?.count, columns > 0,
            values.allSatisfy({ $0.count == columns })
        else { return nil }
        let lookup = ColorLookup(map: resolvedColormap, range: range)
        let rgba = [UInt8](unsafeUninitializedCapacity: values.count * columns * 4) { buffer, count in
            var o = 0
            for row in values {
                for v in row {
                    if let k = lookup.index(of: v) {
                        for c in 0..<4 { buffer[o + c] = lookup.table[4 * k + c] }
                    } else {
                        for c in 0..<4 { buffer[o + c] = 0 }
                    }
                    o += 4
                }
            }
            count = o
        }
        return ImagePixels(width: columns, height: values.count, rgba: rgba)
    }

    /// Draws the image over its extent as one picture, then the cell labels.
    public func draw(in context: MarkContext) {
        guard var image = rasterized() else { return }
        let e = resolvedExtent
        let firstRowY = origin == .upper ? e.top : e.bottom, lastRowY = origin == .upper ? e.bottom : e.top
        let a = context.transform(e.left, firstRowY), b = context.transform(e.right, lastRowY)
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
        if a.x > b.x { image = image.flippedHorizontally() }
        if a.y > b.y { image = image.flippedVertically() }
        let rect = Rect(x: Swift.min(a.x, b.x), y: Swift.min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
        let visible = Self.visiblePart(of: image, in: rect, plotArea: context.plotArea)
        context.canvas.drawImage(visible.image, in: visible.rect, interpolation: interpolation)
        if let annotations { drawAnnotations(annotations, context: context, firstRowY: firstRowY, lastRowY: lastRowY) }
    }

    /// The cells of `image` (drawn over `rect`) that reach into `plotArea`, one cell more on each side for
    /// bilinear blending, with their rectangle: an image zoomed far in is cut down to what shows.
    static func visiblePart(of image: ImagePixels, in rect: Rect, plotArea: Rect) -> (image: ImagePixels, rect: Rect) {
        guard rect.width > 0, rect.height > 0, image.width > 0, image.height > 0 else { return (image, rect) }
        let cellW = rect.width / Double(image.width), cellH = rect.height / Double(image.height)
        func range(_ low: Double, _ high: Double, _ count: Int) -> Range<Int> {
            guard low.isFinite, high.isFinite else { return 0..<count }
            let first = Swift.max(0, Swift.min(Double(count), low.rounded(.down) - 1))
            let last = Swift.max(first, Swift.min(Double(count), high.rounded(.up) + 1))
            return Int(first)..<Int(last)
        }
        let columns = range((plotArea.minX - rect.minX) / cellW, (plotArea.maxX - rect.minX) / cellW, image.width)
        let rows = range((plotArea.minY - rect.minY) / cellH, (plotArea.maxY - rect.minY) / cellH, image.height)
        guard columns != 0..<image.width || rows != 0..<image.height else { return (image, rect) }
        let part = Rect(
            x: rect.minX + Double(columns.lowerBound) * cellW, y: rect.minY + Double(rows.lowerBound) * cellH,
            width: Double(columns.count) * cellW, height: Double(rows.count) * cellH)
        return (image.cropped(columns: columns, rows: rows), part)
    }

    private func drawAnnotations(
        _ annotations: CellAnnotations, context: MarkContext, firstRowY: Double, lastRowY: Double
    ) {
        guard let values, let range = valueRange else { return }
        let e = resolvedExtent, lookup = ColorLookup(map: resolvedColormap, range: range)
        let rows = Double(values.count)
        let font = Font(family: context.theme.fontFamily, size: annotations.fontSize ?? context.theme.fontSize)
        for (i, row) in values.enumerated() {
            let columns = Double(row.count)
            for (j, v) in row.enumerated() where v.isFinite {
                let x = e.left + (Double(j) + 0.5) * (e.right - e.left) / columns
                let y = firstRowY + (Double(i) + 0.5) * (lastRowY - firstRowY) / rows
                let p = context.transform(x, y)
                guard p.x.isFinite, p.y.isFinite else { continue }
                context.canvas.drawText(
                    annotations.label(for: v), at: p, font: font,
                    color: CellAnnotations.textColor(on: lookup.color(of: v)),
                    horizontal: .center, vertical: .center, rotation: 0)
            }
        }
    }
}
