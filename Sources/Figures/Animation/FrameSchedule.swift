/// Which moment of a computation each frame shows.
enum FrameSchedule {
    /// `frames` indices spread evenly over 0...last, the first frame at 0 and the last at `last`; with more
    /// frames than moments, moments repeat (slow motion) rather than being invented.
    static func indices(frames: Int, last: Int) -> [Int] {
        guard frames > 1 else { return [max(last, 0)] }
        let span = Double(max(last, 0))
        return (0..<frames).map { Int((Double($0) * span / Double(frames - 1)).rounded()) }
    }

    /// `frames` values spread evenly from `start` to `end`, both included.
    static func values(frames: Int, from start: Double, to end: Double) -> [Double] {
        guard frames > 1 else { return [end] }
        return (0..<frames).map { start + (end - start) * Double($0) / Double(frames - 1) }
    }
}
