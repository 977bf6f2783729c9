import Foundation

/// A small, documented, seeded random number generator, so a training run can be repeated bit for bit on any
/// platform.
///
/// - State: xoshiro256** (Blackman and Vigna, 2018, <https://prng.di.unimi.it/xoshiro256starstar.c>): 256 bits,
///   period 2²⁵⁶ − 1, passes BigCrush.
/// - Seeding: the four state words are four successive outputs of SplitMix64 started at the seed (as the
///   authors recommend), so any `UInt64` seed, including 0, gives a valid, well-mixed state.
/// - Integers below a bound: Lemire's multiply-and-reject method (unbiased).
/// - Uniform doubles: the top 53 bits of an output divided by 2⁵³, in [0, 1).
/// - Gaussians: Box–Muller, `sqrt(-2 ln u1) · cos(2π u2)` with u1 in (0, 1]; both values of each pair are used.
///   The integer stream is identical everywhere; the Gaussians go through the C library's `log`, `cos`, `sin`.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    private var spareGaussian: Double?

    /// A generator whose whole output is determined by `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = nextSplitMix()
        s1 = nextSplitMix()
        s2 = nextSplitMix()
        s3 = nextSplitMix()
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniformly distributed integer in `0..<bound` (`bound` > 0), without modulo bias.
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "SeededGenerator.nextInt(below:) needs a positive bound")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A uniformly distributed double in [0, 1) with 53 random bits.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal value (mean 0, standard deviation 1) by Box–Muller.
    public mutating func nextGaussian() -> Double {
        if let spare = spareGaussian {
            spareGaussian = nil
            return spare
        }
        let u1 = 1 - nextUnitDouble()  // (0, 1]: the logarithm stays finite
        let u2 = nextUnitDouble()
        let radius = (-2 * log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareGaussian = radius * sin(angle)
        return radius * cos(angle)
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { x << k | x >> (64 - k) }
}
