extension Theme: Validatable {
    /// Throws a `PlotError` for a size or width that is not finite and positive (sizes) or ≥ 0 (widths).
    public func validate() throws {
        let sizes: [(String, Double)] = [("fontSize", fontSize), ("titleFontSize", titleFontSize)]
        for (name, v) in sizes where !(v.isFinite && v > 0) {
            throw PlotError("Theme: \(name) \(v) is not a positive finite number")
        }
        let lengths: [(String, Double)] = [
            ("lineWidth", lineWidth), ("markerSize", markerSize), ("axesLineWidth", axesLineWidth),
            ("tickLength", tickLength), ("tickWidth", tickWidth), ("tickLabelPad", tickLabelPad),
            ("axisLabelPad", axisLabelPad), ("titlePad", titlePad), ("gridWidth", gridWidth), ("margin", margin),
            ("textTopAscent", textTopAscent),
        ]
        for (name, v) in lengths where !(v.isFinite && v >= 0) {
            throw PlotError("Theme: \(name) \(v) is not a finite number ≥ 0")
        }
        for (name, pattern) in [
            ("dashedPattern", dashedPattern), ("dottedPattern", dottedPattern),
            ("dashDotPattern", dashDotPattern),
        ]
        where pattern.contains(where: { !($0.isFinite && $0 >= 0) }) {
            throw PlotError("Theme: \(name) \(pattern) must hold finite lengths ≥ 0")
        }
    }
}
