/// Limits shared by ``arange(from:to:step:)`` and ``linspace(from:through:count:)``.
public enum SamplingLimits {
    /// The most points one call may produce (100,000,000 — 800 MB of `Double`s).
    public static let maximumCount = 100_000_000
}

/// The number of points `arange(from:to:step:)` produces: numpy's ceil((stop − start) / step), except that a
/// quotient within a few units of rounding error of a whole number n counts as exactly n.
///
/// So `0.0..<20.0` step 0.1 has 200 points and `1.0..<1.3` step 0.1 has 3 (numpy gives 4 there because
/// (1.3 − 1) / 0.1 rounds to 3.0000000000000004 and its last value is 1.3 itself, which should be excluded).
/// - Throws: ``InvalidArgument`` if a bound is not finite, `step` is zero or not finite, `step` points
///   away from `stop`, or the count exceeds ``SamplingLimits/maximumCount``.
public func arangeCount(from start: Double, to stop: Double, step: Double) throws -> Int {
    _ = try InvalidArgument.requireFinite(start, name: "start")
    _ = try InvalidArgument.requireFinite(stop, name: "stop")
    guard step.isFinite, step != 0 else {
        throw InvalidArgument(name: "step", value: "\(step)", allowed: "a finite, non-zero number")
    }
    if start == stop { return 0 }
    guard (stop > start) == (step > 0) else {
        throw InvalidArgument(
            name: "step", value: "\(step)",
            allowed: stop > start
                ? "a positive number (stop \(stop) > start \(start))"
                : "a negative number (stop \(stop) < start \(start))")
    }
    let quotient = (stop - start) / step
    guard quotient.isFinite, quotient <= Double(SamplingLimits.maximumCount) + 1 else {
        throw tooMany(quotient)
    }
    // Rounding in stop − start is about one ulp of the larger bound, and the division adds one ulp of
    // the quotient; allow a few of each before rounding up.
    let scale = max(abs(start), abs(stop)) / abs(step) + quotient
    let tolerance = 8 * Double.ulpOfOne * scale
    let nearest = quotient.rounded()
    let count = abs(quotient - nearest) <= tolerance ? nearest : quotient.rounded(.up)
    guard count <= Double(SamplingLimits.maximumCount) else { throw tooMany(count) }
    return Int(count)
}

/// Evenly spaced values in [start, stop) with spacing `step`, like numpy's `np.arange(start, stop, step)`.
///
/// Value i is `start + Double(i) * delta` with numpy's spacing `delta = (start + step) − start` (numpy fills the
/// array from its first two values), so the values equal numpy's bit for bit: for `-5..<5` step 0.1 the spacing
/// is 0.09999999999999964 and the last value 4.899999999999965, as `np.arange(-5.0, 5.0, 0.1)` gives. The count
/// comes from ``arangeCount(from:to:step:)``: `arange(from: 0, to: 20, step: 0.1)` has exactly 200 points,
/// `arange(from: -5, to: 5, step: 0.1)` 100 and `arange(from: -2, to: 2.5, step: 0.25)` 18.
/// - Throws: ``InvalidArgument`` as ``arangeCount(from:to:step:)`` does.
public func arange(from start: Double, to stop: Double, step: Double) throws -> [Double] {
    let count = try arangeCount(from: start, to: stop, step: step)
    let delta = (start + step) - start
    return (0..<count).map { start + Double($0) * delta }
}

/// `count` evenly spaced values from `start` through `stop`, both included exactly (numpy's `np.linspace`).
///
/// Value i is `start + Double(i) * (stop − start) / (count − 1)`, and the last value is `stop` itself.
/// `count` 0 gives `[]`, 1 gives `[start]`.
/// - Throws: ``InvalidArgument`` if a bound is not finite or `count` is not in 0...``SamplingLimits/maximumCount``.
public func linspace(from start: Double, through stop: Double, count: Int) throws -> [Double] {
    _ = try InvalidArgument.requireFinite(start, name: "start")
    _ = try InvalidArgument.requireFinite(stop, name: "stop")
    let count = try InvalidArgument.requireCount(count, in: 0...SamplingLimits.maximumCount, name: "point count")
    guard count > 1 else { return count == 1 ? [start] : [] }
    let step = (stop - start) / Double(count - 1)
    var values = (0..<count).map { start + Double($0) * step }
    values[count - 1] = stop
    return values
}

private func tooMany(_ count: Double) -> InvalidArgument {
    InvalidArgument(
        name: "point count", value: "\(count)",
        allowed: "at most \(SamplingLimits.maximumCount) points (use a larger step)")
}
