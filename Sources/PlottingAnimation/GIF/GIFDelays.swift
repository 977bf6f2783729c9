/// Frame delays in hundredths of a second, the unit a GIF stores, rounded on the running total so that the
/// whole animation keeps its length: at 30 frames per second the delays are 3, 3, 4, 3, 3, 4, … (frame k
/// starts at ⌊100 · its start time⌋ cs).
package enum GIFDelays {
    /// The longest delay a GIF can store (16 bits).
    package static let maximumCentiseconds = 65535

    /// One delay per duration (seconds). Throws when a duration is not finite and positive, or a delay does not
    /// fit in 16 bits.
    package static func centiseconds(_ durations: [Double]) throws(AnimationError) -> [Int] {
        var delays: [Int] = []
        delays.reserveCapacity(durations.count)
        var elapsed = 0.0
        var shown = 0
        for (index, duration) in durations.enumerated() {
            guard duration.isFinite, duration > 0 else {
                throw AnimationError.encoder("GIF: frame \(index) lasts \(duration) s; a duration must be above 0")
            }
            elapsed += duration
            // The small allowance keeps 3 × (1/30 s) at 10 cs, not 9.
            let end = (elapsed * 100 + 1e-6).rounded(.down)
            guard end < Double(Int.max / 2) else {
                throw AnimationError.encoder("GIF: the animation lasts \(elapsed) s, too long for a GIF")
            }
            let delay = Int(end) - shown
            guard delay <= maximumCentiseconds else {
                throw AnimationError.encoder(
                    "GIF: frame \(index) lasts \(duration) s; a GIF frame lasts at most \(maximumCentiseconds / 100) s")
            }
            delays.append(delay)
            shown = Int(end)
        }
        return delays
    }
}
