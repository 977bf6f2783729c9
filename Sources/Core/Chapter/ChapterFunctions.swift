/// The example functions of chapter 4, written with the same floating-point operations as the book's
/// Python so that results agree bit for bit.
package enum ChapterFunctions {
    /// f(x) = 0.01x² + 0.1x (`function_1`, figure 4-6), evaluated as `0.01 * (x * x) + 0.1 * x` like
    /// numpy's `0.01*x**2 + 0.1*x`.
    @Sendable package static func function1(_ x: Double) -> Double {
        0.01 * (x * x) + 0.1 * x
    }

    /// f(x) = Σ x_i² (`function_2`, figures 4-8 to 4-10; x0² + x1² for a 2-D point), summed in numpy's
    /// order like the book's `np.sum(x**2)`.
    @Sendable package static func function2(_ x: [Double]) -> Double {
        x.map { $0 * $0 }.pairwiseSum()
    }

    /// The label of the book's examples: one-hot with the correct class 2, ten classes (section 4.2.1).
    package static let oneHotTwo: [Double] = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    /// The network output that favours the correct class 2 (probability 0.6).
    package static let outputFavouringTwo: [Double] = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
    /// The network output that favours the wrong class 7 (probability 0.6).
    package static let outputFavouringSeven: [Double] = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]
    /// The start point of every gradient-descent example, (−3, 4).
    package static let descentStart: [Double] = [-3, 4]
    /// The input of the simpleNet example.
    package static let simpleNetInput: [Double] = [0.6, 0.9]
    /// The one-hot label of the simpleNet example (class 2).
    package static let simpleNetLabel: [Double] = [0, 0, 1]
}
