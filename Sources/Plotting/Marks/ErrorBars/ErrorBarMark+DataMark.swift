extension ErrorBarMark: DataMark {
    /// Error bars need one point with finite coordinates.
    public var hasDrawableData: Bool { DataBounds.of(xs: x, ys: y) != nil }
}
