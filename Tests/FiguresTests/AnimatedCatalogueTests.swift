import Figures
import Plotting
import Testing

/// Every animated figure builds frames that share one size and axes, with the natural frame counts, the
/// chapter's numbers in its labels, and the timing options checked.
@Suite("Animated catalogue")
struct AnimatedCatalogueTests {
    private func animation(
        _ id: String, _ given: [ParameterName: String] = [:], timing: AnimationTiming? = nil
    ) throws -> FigureAnimation {
        let figure = try #require(Catalogue.figure(id: id))
        return try AnimationBuilder.build(
            try AnimationBuilder.require(figure), given: given, timing: timing, settings: .defaults(.en))
    }

    private func texts(_ figure: Figure) throws -> [String] {
        let canvas = RecordingCanvas(for: figure)
        try figure.draw(on: canvas)
        return canvas.texts.map(\.text.source)
    }

    @Test func theIssueNamesSevenAnimatedFigures() {
        #expect(
            Set(Catalogue.animatedFigures.map { $0.id }) == [
                "gradient-descent", "learning-rates", "tangent", "gradient-field", "training-loss",
                "training-accuracy", "surface-3d",
            ])
    }

    @Test(arguments: [
        ("gradient-descent", 21), ("learning-rates", 41), ("tangent", 41), ("gradient-field", 21),
        ("training-loss", 24), ("surface-3d", 36),
    ])
    func naturalFrameCounts(id: String, frames: Int) throws {
        let built = try animation(id)
        #expect(built.animation.frameCount == frames)
        #expect(built.animation.frameLabels?.count == frames)
        try built.animation.validate()
        let first = try built.animation.figure(at: 0), last = try built.animation.figure(at: frames - 1)
        #expect(first.sizeInPixels == last.sizeInPixels)
        try first.validate()
        try last.validate()
    }

    @Test func descentFramesFollowTheBooksPath() throws {
        let built = try animation("gradient-descent")
        let labels = try #require(built.animation.frameLabels)
        #expect(labels[0] == "after 0 updates: (x0, x1) = (-3.0000, 4.0000)")
        // The book's gradient_descent after 20 updates: [-0.03458765, 0.04611686].
        #expect(labels[20] == "after 20 updates: (x0, x1) = (-0.0346, 0.0461)")
        #expect(
            try texts(built.animation.figure(at: 20)).contains("after 20 updates: (x_0, x_1) = (-0.0346, 0.0461)"))
        #expect(built.animation.durations.count == 21)
        #expect(abs(built.animation.durations[0] - 0.1) < 1e-12)
        #expect(abs(built.animation.durations[20] - 1.1) < 1e-12)
    }

    @Test func descentAxesStayPutFromFrameToFrame() throws {
        let built = try animation("gradient-descent")
        let limits = try (0..<built.animation.frameCount).map { index -> String in
            let axes = try #require(try built.animation.figure(at: index).panels.first as? Axes)
            return "\(String(describing: axes.xLimits)) \(String(describing: axes.yLimits))"
        }
        #expect(Set(limits).count == 1)
    }

    @Test func tangentSlidesFromZeroToTwenty() throws {
        let labels = try #require(try animation("tangent").animation.frameLabels)
        // numpy: (f(h) - f(-h)) / 2h at 0 and 20 with h = 1e-4.
        #expect(labels.first == "x = 0: slope 0.1")
        #expect(labels.last == "x = 20: slope 0.4999999999988347")
    }

    @Test func surfaceTurnsOnceWithoutRepeatingTheFirstView() throws {
        let labels = try #require(try animation("surface-3d").animation.frameLabels)
        #expect(labels.first == "azimuth -60°")
        #expect(labels.last == "azimuth 290°")
    }

    @Test func framesOptionSpreadsTheMomentsEvenly() throws {
        let built = try animation("gradient-descent", timing: AnimationTiming(framesPerSecond: 10, frames: 5, hold: 0))
        let labels = try #require(built.animation.frameLabels)
        #expect(
            labels.map { $0.prefix { $0 != ":" } } == [
                "after 0 updates", "after 5 updates", "after 10 updates", "after 15 updates", "after 20 updates",
            ])
    }

    @Test func aFigureWithoutAnimationNamesThoseWithOne() throws {
        let relu = try #require(Catalogue.figure(id: "relu"))
        #expect(throws: ParameterError.self) { try AnimationBuilder.require(relu) }
        do {
            _ = try AnimationBuilder.require(relu)
        } catch let error as ParameterError {
            #expect(error.message.hasPrefix("relu has no animation; --animate works with "))
            #expect(error.message.contains("gradient-descent"))
        }
    }

    @Test func gradientFieldTakesItsStartOnlyWhenAnimated() throws {
        let built = try animation("gradient-field", [.`init`: "1.5,-1", .steps: "4"])
        #expect(built.animation.frameLabels?.first == "after 0 updates: (x0, x1) = (1.5000, -1.0000)")
        #expect(built.animation.frameCount == 5)
        let still = try #require(Catalogue.figure(id: "gradient-field"))
        #expect(throws: ParameterError.self) { try FigureBuilder.build(still, given: [.`init`: "1,1"]) }
    }

    @Test(arguments: [
        (["fps": "0"], "--fps 0 is not allowed: expected a number from 0.1 to 50"),
        (["fps": "1000"], "--fps 1000 is not allowed: expected a number from 0.1 to 50"),
        (["fps": "nan"], "--fps nan is not allowed: expected a number from 0.1 to 50"),
        (["frames": "0"], "--frames 0 is not allowed: expected a whole number from 1 to 1000 (the cap on frames)"),
        (
            ["frames": "10000000"],
            "--frames 10000000 is not allowed: expected a whole number from 1 to 1000 (the cap on frames)"
        ),
        (["hold": "-1"], "--hold -1 is not allowed: expected a number of seconds from 0 to 60"),
        (["duration": "0"], "--duration 0 is not allowed: expected a number of seconds above 0 and at most 600"),
        (
            ["duration": "200", "fps": "50"],
            "--duration 200 s at 50 frames per second is 10000 frames; 1 to 1000 are allowed"
        ),
        (
            ["duration": "100", "frames": "2"],
            "--frames 2 in --duration 100 s is 0.02 frames per second; it must be from 0.1 to 50"
        ),
    ])
    func badTimingIsOneLineNamingTheValue(options: [String: String], message: String) {
        #expect(throws: ParameterError(message)) {
            try AnimationTiming(
                fps: options["fps"], frames: options["frames"], duration: options["duration"],
                hold: options["hold"], defaults: AnimationTiming(framesPerSecond: 10, hold: 1))
        }
    }

    @Test func durationAndRateGiveTheFrameCount() throws {
        let timing = try AnimationTiming(
            fps: "20", frames: nil, duration: "2.5", hold: nil, defaults: AnimationTiming(framesPerSecond: 10, hold: 1))
        #expect(timing.frames == 50)
        #expect(timing.framesPerSecond == 20)
        #expect(timing.hold == 1)
    }
}
