/// The `dlplot` command that draws a figure, as shown in the report and in `--help`.
public enum FigureCommandLine {
    /// "dlplot gradient-descent --lr 0.1 --steps 20 --init=-3,4 --out gradient-descent.png": every parameter
    /// spelled out with its default (so a reader sees what to change), then the output file.
    public static func text(
        for figure: any FigureDefinition.Type, outputName: String,
        language: Language? = nil
    ) -> String {
        var words = ["dlplot", figure.id]
        for spec in figure.parameters where !spec.defaultText.isEmpty {  // an empty default is nothing to spell out
            words.append(
                spec.defaultText.hasPrefix("-")
                    ? "\(spec.name.flag)=\(shellQuoted(spec.defaultText))"
                    : "\(spec.name.flag) \(shellQuoted(spec.defaultText))")
        }
        if let language { words.append("--lang \(language.rawValue)") }
        words.append("--out \(shellQuoted(outputName))")
        return words.joined(separator: " ")
    }

    /// The text quoted for a POSIX shell when it holds anything but letters, digits and `-_.,=/+`.
    public static func shellQuoted(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.,=/+".contains($0)) }
        if plain && !text.isEmpty { return text }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
