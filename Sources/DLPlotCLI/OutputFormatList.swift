import Foundation
import PlottingCairo

/// The `--formats` list of `dlplot all` and `dlplot-dev bench-figures`.
package enum OutputFormatList {
    /// "png,svg" → [.png, .svg] (repeats dropped); one line naming a bad entry.
    package static func parse(_ text: String) throws(CommandError) -> [OutputFormat] {
        var result: [OutputFormat] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = piece.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = OutputFormat(rawValue: name) else {
                throw CommandError(
                    message: "--formats: '\(piece)' is not a format; allowed: png, svg, pdf (comma-separated)")
            }
            if !result.contains(format) { result.append(format) }
        }
        return result
    }
}
