import Foundation

extension Double {
    /// ⌊log10(self)⌋ for a positive finite value (0 otherwise).
    var log10Floor: Double {
        guard self > 0, isFinite else { return 0 }
        var e = log10(self).rounded(.down)
        // Guard against log10 rounding across an exact power of ten.
        if pow(10, e) > self { e -= 1 } else if pow(10, e + 1) <= self { e += 1 }
        return e
    }
    /// 10 raised to `self`.
    var exp10: Double { pow(10, self) }
}
