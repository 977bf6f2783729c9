import Plotting
import Testing

@testable import PlottingAnimation

/// Constant-rate video timing: the rate is the shortest frame, longer frames (the hold) repeat.
struct VideoTimingTests {
    @Test func aHeldLastFrameIsRepeatedAtTheAnimationsRate() {
        let durations = Array(repeating: 0.1, count: 20) + [0.1 + 2]
        let timing = VideoTiming(durations: durations, pixelsPerFrame: 640 * 480)
        #expect(timing.rateArgument == "10/1")
        #expect(timing.repeats == Array(repeating: 1, count: 20) + [21])
    }

    @Test func aRateThatIsNotWholeIsAnExactFraction() {
        let timing = VideoTiming(durations: Array(repeating: 1 / 30, count: 30), pixelsPerFrame: 100)
        #expect(timing.rateArgument == "1000000/33333")
        #expect(timing.repeats.reduce(0, +) == 30)
    }

    @Test func unevenDurationsKeepTheTotalLengthByCumulativeRounding() {
        let timing = VideoTiming(durations: [0.1, 0.24, 0.26, 0.1], pixelsPerFrame: 100)
        #expect(timing.rateArgument == "10/1")
        // Ends at 1, 3.4 → 3, 6, 7 video frames.
        #expect(timing.repeats == [1, 2, 3, 1])
    }

    @Test func shortFramesWithALongHoldAreCappedInVideoFrames() {
        let durations = Array(repeating: 0.02, count: 1000) + [0.02 + 60]
        let timing = VideoTiming(durations: durations, pixelsPerFrame: 320 * 240)
        let total = timing.repeats.reduce(0, +)
        #expect(total <= VideoTiming.maximumRepeatedFrames)
        #expect(total >= VideoTiming.maximumRepeatedFrames - 1)
        #expect(timing.repeats.last ?? 0 > 2000)
        // At 640 × 480 the total-pixel bound (500 megapixels: 1627 frames) comes first.
        let large = VideoTiming(durations: durations, pixelsPerFrame: 640 * 480)
        let pixelBound = AnimationLimits.maximumTotalPixels / (640 * 480)
        #expect((pixelBound - 1...pixelBound).contains(large.repeats.reduce(0, +)))
    }
}
