import Foundation

/// The value printed in the centre of each cell of an `ImageMark` (an annotated heatmap), black on light
/// cells and white on dark ones.
public struct CellAnnotations: Sendable {
    /// Digits after the decimal point when no `format` is given (0…17).
    public var decimals: Int
    /// Turns a cell's value into its label; nil prints it with `decimals` digits.
    public var format: (@Sendable (Double) -> String)?
    /// The font size in points; nil takes the theme's.
    public var fontSize: Double?

    /// Labels with `decimals` digits (2 unless given), or through `format`, at `fontSize` points.
    public init(decimals: Int = 2, fontSize: Double? = nil, format: (@Sendable (Double) -> String)? = nil) {
        self.decimals = decimals
        self.fontSize = fontSize
        self.format = format
    }

    /// The label of a value.
    public func label(for value: Double) -> String {
        if let format { return format(value) }
        return String(format: "%.\(Swift.min(Swift.max(decimals, 0), 17))f", value)
    }

    /// Black on a light cell, white on a dark one: the cell colour's relative luminance (WCAG, as seaborn's
    /// annotated heatmaps decide) above 0.408 takes black. A transparent cell counts as the white background.
    public static func textColor(on cell: Color) -> Color {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let a = Swift.min(Swift.max(cell.alpha, 0), 1)
        let channels = [cell.red, cell.green, cell.blue].map { linear($0 * a + (1 - a)) }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        return luminance > 0.408 ? .black : .white
    }
}
