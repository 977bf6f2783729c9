extension ImageMark {
    /// Throws a `PlotError` naming the first invalid input: no image or two, an empty or ragged grid, a grid
    /// above `maximumCells`, no finite value, bad `vmin`/`vmax`, an unknown colour map name, a degenerate
    /// extent, or too many annotated cells.
    public func validate() throws {
        switch (values, pixels) {
        case (nil, nil): throw PlotError("ImageMark: no image; give values or pixels")
        case (.some, .some): throw PlotError("ImageMark: both values and pixels are given; give one")
        case (let values?, nil): try validateGrid(values)
        case (nil, let pixels?): try validatePixels(pixels)
        }
        if let e = extent {
            guard [e.left, e.right, e.bottom, e.top].allSatisfy(\.isFinite), e.left != e.right, e.bottom != e.top
            else {
                throw PlotError(
                    "ImageMark: extent (\(e.left), \(e.right), \(e.bottom), \(e.top)) must be finite with left ≠ right and bottom ≠ top"
                )
            }
        }
    }

    private func validateGrid(_ values: [[Double]]) throws {
        let rows = values.count, columns = values.first?.count ?? 0
        guard rows > 0, columns > 0 else {
            throw PlotError("ImageMark: the grid is empty (\(rows) rows); give at least one row and one column")
        }
        try Self.checkSize(rows: rows, columns: columns)
        if let bad = values.firstIndex(where: { $0.count != columns }) {
            throw PlotError(
                "ImageMark: row \(bad) has \(values[bad].count) values but row 0 has \(columns); rows must have the same length"
            )
        }
        guard values.contains(where: { $0.contains(where: \.isFinite) }) else {
            throw PlotError("ImageMark: no value of the \(rows) × \(columns) grid is finite; give at least one")
        }
        for (name, bound) in [("vmin", vmin), ("vmax", vmax)] {
            if let bound, !bound.isFinite { throw PlotError("ImageMark: \(name) \(bound) is not a finite number") }
        }
        if let vmin, let vmax, vmin > vmax {
            throw PlotError("ImageMark: vmin \(vmin) is above vmax \(vmax); give vmin ≤ vmax")
        }
        if let name = colormapName { _ = try Colormap.named(name) }
        if let annotations {
            guard rows * columns <= Self.maximumAnnotatedCells else {
                throw PlotError(
                    "ImageMark: annotations on \(rows * columns) cells; at most \(Self.maximumAnnotatedCells) can be annotated"
                )
            }
            guard (0...17).contains(annotations.decimals) else {
                throw PlotError("ImageMark: annotation decimals \(annotations.decimals) is outside 0…17")
            }
            if let size = annotations.fontSize, !(size.isFinite && size > 0) {
                throw PlotError("ImageMark: annotation font size \(size) is not a finite number > 0")
            }
        }
    }

    private func validatePixels(_ pixels: ImagePixels) throws {
        guard pixels.width > 0, pixels.height > 0 else {
            throw PlotError("ImageMark: the image is \(pixels.width) × \(pixels.height) pixels; give at least 1 × 1")
        }
        try Self.checkSize(rows: pixels.height, columns: pixels.width)
        guard pixels.isWellFormed else {
            throw PlotError(
                "ImageMark: \(pixels.rgba.count) RGBA bytes for \(pixels.width) × \(pixels.height) pixels; \(pixels.width * pixels.height * 4) are needed"
            )
        }
        if annotations != nil { throw PlotError("ImageMark: annotations need a grid of values, not pixels") }
    }

    /// Refuses a grid above the size limits before anything is allocated for it.
    private static func checkSize(rows: Int, columns: Int) throws {
        let (cells, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard rows <= maximumSide, columns <= maximumSide, !overflow, cells <= maximumCells else {
            throw PlotError(
                "ImageMark: the grid is \(rows) × \(columns) cells; at most \(maximumCells) cells (\(maximumSide) a side) are drawn, so downsample it first"
            )
        }
    }
}
