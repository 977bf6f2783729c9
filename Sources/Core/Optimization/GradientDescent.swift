/// The record of a gradient-descent run: the path it took and how it ended.
public struct GradientDescentRun: Equatable, Sendable {
    /// How a run ended.
    public enum Outcome: Equatable, Sendable {
        /// All steps were taken and every point is finite.
        case completed
        /// Update number `step` (1-based) produced a non-finite gradient or point (±∞ or NaN);
        /// the run stopped there.
        case diverged(step: Int)
    }

    /// The start point.
    public let start: [Double]
    /// The learning rate η.
    public let learningRate: Double
    /// The number of updates requested.
    public let steps: Int
    /// The finite points visited: the point before each update, then (if the run completed) the last one.
    ///
    /// A completed run has `steps + 1` points; the book's figure 4-10 plots the first `steps` of them
    /// (its `x_history` is recorded before each update). A diverged run holds only the finite points
    /// before the failing update.
    public let path: [[Double]]
    /// How the run ended.
    public let outcome: Outcome

    /// The point after the last update, or `nil` if the run diverged (there is no meaningful number).
    public var finalPoint: [Double]? {
        outcome == .completed ? path.last : nil
    }

    /// Whether the run overflowed to ±∞ or NaN.
    public var diverged: Bool { outcome != .completed }

    /// The 1-based update at which the run diverged, if it did.
    public var divergedAtStep: Int? {
        if case let .diverged(step) = outcome { return step }
        return nil
    }
}

/// Limits for ``gradientDescent(of:from:learningRate:steps:h:)``.
public enum GradientDescentLimits {
    /// The most updates one run may take (its whole path is kept in memory).
    public static let maximumSteps = 1_000_000
}

/// Gradient descent x ← x − η ∇f(x) with the numerical gradient, as in section 4.4.1.
///
/// `start` is not modified (the book's version changes its `init_x` in place). From (−3, 4) on x0² + x1²
/// with 100 steps: η = 0.1 ends at [-6.111107928998789e-10, 8.148143905314271e-10]; η = 10 ends at the
/// huge but finite [-25898374737328.363, -1295248616896.5398] (the numerical gradient vanishes once
/// x ± h rounds to x); η = 1e-10 ends at [-2.999999939999995, 3.9999999199999934].
/// A run whose gradient or point becomes ±∞ or NaN is returned as `.diverged(step:)`, never as numbers.
/// - Throws: ``InvalidArgument`` if `learningRate` is not a finite number > 0, `steps` is not in
///   1...``GradientDescentLimits/maximumSteps``, `start` is empty or not finite, or `h` is invalid;
///   rethrows errors of `f`.
public func gradientDescent(
    of f: ([Double]) throws -> Double, from start: [Double], learningRate: Double, steps: Int,
    h: Double = defaultDifferenceStep
) throws -> GradientDescentRun {
    let learningRate = try InvalidArgument.requirePositiveFinite(learningRate, name: "learning rate")
    let steps = try InvalidArgument.requireCount(
        steps, in: 1...GradientDescentLimits.maximumSteps, name: "step count")
    _ = try InvalidArgument.requirePositiveFinite(h, name: "difference step h")
    guard !start.isEmpty, start.allSatisfy(\.isFinite) else {
        throw InvalidArgument(
            name: "start point", value: "\(start)", allowed: "at least one coordinate, all finite")
    }
    var x = start
    var path: [[Double]] = [x]
    path.reserveCapacity(steps + 1)
    for step in 1...steps {
        let gradient = try numericalGradient(of: f, at: x, h: h)
        for i in x.indices {
            x[i] -= learningRate * gradient[i]
        }
        guard gradient.allSatisfy(\.isFinite), x.allSatisfy(\.isFinite) else {
            return GradientDescentRun(
                start: start, learningRate: learningRate, steps: steps, path: path,
                outcome: .diverged(step: step))
        }
        path.append(x)
    }
    return GradientDescentRun(
        start: start, learningRate: learningRate, steps: steps, path: path, outcome: .completed)
}
