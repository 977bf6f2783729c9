import Foundation
import Plotting

enum ImageCharts {
    static let charts = [
        GalleryChart(
            "heatmap", title: "Heatmap with cell values and a colorbar",
            matplotlib: "im = ax.imshow(grid); ax.text(...) per cell; fig.colorbar(im, ax=ax)"
        ) {
            // gallery: heatmap
            let grid = (0..<6).map { row in (0..<8).map { column in Foundation.sin(Double(row) / 2) * Double(column) } }
            var axes = Axes(title: "sin(row / 2) · column", aspect: .equal) {
                ImageMark(values: grid, colormap: .coolwarm, annotations: CellAnnotations(decimals: 1))
            }
            axes.colorbar = Colorbar(shrink: 0.8)
            return Figure(axes)
            // end
        },
        GalleryChart(
            "image-bilinear", title: "An image, nearest and bilinear",
            matplotlib: "ax.imshow(z, interpolation='nearest'); ax2.imshow(z, interpolation='bilinear')"
        ) {
            // gallery: image-bilinear
            let z = (0..<12).map { row in (0..<12).map { column in Double((row * 7 + column * 5) % 11) } }
            let nearest = Axes(title: "nearest", aspect: .equal) { ImageMark(values: z, interpolation: .nearest) }
            let bilinear = Axes(title: "bilinear", aspect: .equal) { ImageMark(values: z, interpolation: .bilinear) }
            return Figure(width: 8, height: 4, rows: 1, columns: 2, panels: [nearest, bilinear])
            // end
        },
    ]
}
