/// A mark that draws data (a curve, markers, arrows, contours, a surface) and can tell whether any of it is
/// drawable, so that a figure whose values are all NaN or infinite can be reported rather than drawn empty
/// without a word. Reference lines, text and annotations are not data marks.
public protocol DataMark {
    /// Whether the mark has something finite to draw.
    var hasDrawableData: Bool { get }
}

extension Figure {
    /// The indices of the panels holding data marks of which none has anything finite to draw (panels without
    /// data marks are not counted).
    public var panelsWithNothingToDraw: [Int] {
        panels.indices.filter { index in
            let marks: [Any]
            switch panels[index] {
            case let axes as Axes: marks = axes.marks
            case let axes as Axes3D: marks = axes.marks
            default: marks = []
            }
            let dataMarks = marks.compactMap { $0 as? DataMark }
            return !dataMarks.isEmpty && !dataMarks.contains { $0.hasDrawableData }
        }
    }
}

extension LineMark: DataMark {
    /// A line needs two consecutive finite points (a segment); markers need one finite point.
    public var hasDrawableData: Bool {
        let finite = zip(x, y).map { $0.isFinite && $1.isFinite }
        if marker != nil || !drawsLine { return finite.contains(true) }
        return zip(finite, finite.dropFirst()).contains { $0 && $1 }
    }
}

extension ScatterMark: DataMark {
    /// A scatter needs one point with finite coordinates.
    public var hasDrawableData: Bool { dataBounds != nil }
}

extension FillBetweenMark: DataMark {
    /// A band needs one position where x and both bounds are finite.
    public var hasDrawableData: Bool { dataBounds != nil }
}

extension QuiverMark: DataMark {
    /// An arrow needs a finite position and a finite vector.
    public var hasDrawableData: Bool {
        zip(zip(x, y), zip(u, v)).contains { $0.0.isFinite && $0.1.isFinite && $1.0.isFinite && $1.1.isFinite }
    }
}

extension ContourMark: DataMark {
    /// A contour needs a finite value somewhere in its grid.
    public var hasDrawableData: Bool { z.contains { $0.contains(where: \.isFinite) } }
}

extension SurfaceMark: DataMark {
    /// A surface needs a face with four finite corners.
    public var hasDrawableData: Bool { !faces().isEmpty }
}

extension WireframeMark: DataMark {
    /// A wireframe needs one point with finite coordinates.
    public var hasDrawableData: Bool { dataBounds3D != nil }
}
