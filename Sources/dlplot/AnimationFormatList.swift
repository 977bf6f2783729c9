import DLPlotCLI
import Foundation
import PlottingAnimation

/// The `--animations` list of `dlplot all`.
enum AnimationFormatList {
    /// "gif,html" → [.gif, .html] (repeats dropped; "" → none); one line naming a bad entry.
    static func parse(_ text: String) throws(CommandError) -> [AnimationFormat] {
        var result: [AnimationFormat] = []
        for piece in text.split(separator: ",") {
            let name = piece.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = AnimationFormat(rawValue: name) else {
                throw CommandError(
                    message:
                        "--animations: '\(piece)' is not an animation format; allowed: \(AnimationFormat.extensionList) (comma-separated)"
                )
            }
            if !result.contains(format) { result.append(format) }
        }
        return result
    }
}
