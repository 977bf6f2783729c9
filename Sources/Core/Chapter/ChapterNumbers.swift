/// Every number chapter 4 prints, next to dlplot's computation of it: one source of truth for the tests
/// and the HTML report.
package enum ChapterNumbers {
    /// The entries in the chapter's order.
    package static let all: [PrintedNumber] = lossNumbers + differentiationNumbers + descentNumbers + simpleNetNumbers

    static let lossNumbers: [PrintedNumber] = [
        PrintedNumber(
            id: "sse-correct", section: "4.2.1",
            description:
                "sum_squares_error(y, t), t = one-hot of 2, y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]",
            printed: "0.09750000000000003", precision: .exact
        ) { .scalar(try Loss.sumOfSquaredErrors(ChapterFunctions.outputFavouringTwo, ChapterFunctions.oneHotTwo)) },
        PrintedNumber(
            id: "sse-wrong", section: "4.2.1",
            description: "sum_squares_error(y, t), same t, y = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]",
            printed: "0.5975", precision: .exact,
            note: "Needs numpy's pairwise summation order; a left-to-right sum gives 0.5974999999999999."
        ) { .scalar(try Loss.sumOfSquaredErrors(ChapterFunctions.outputFavouringSeven, ChapterFunctions.oneHotTwo)) },
        PrintedNumber(
            id: "cee-correct", section: "4.2.2",
            description: "cross_entropy_error(y, t), y favouring the correct class 2 (delta 1e-7)",
            printed: "0.510825457099338", precision: .exact
        ) { .scalar(try Loss.crossEntropy(ChapterFunctions.outputFavouringTwo, oneHot: ChapterFunctions.oneHotTwo)) },
        PrintedNumber(
            id: "cee-wrong", section: "4.2.2",
            description: "cross_entropy_error(y, t), y favouring the wrong class 7 (delta 1e-7)",
            printed: "2.302584092994546", precision: .exact
        ) { .scalar(try Loss.crossEntropy(ChapterFunctions.outputFavouringSeven, oneHot: ChapterFunctions.oneHotTwo)) },
    ]

    static let differentiationNumbers: [PrintedNumber] =
        [
            PrintedNumber(
                id: "float32-tiny-h", section: "4.3.1",
                description: "np.float32(1e-50): why h = 10e-50 fails",
                printed: "0.0", precision: .exact
            ) { .scalar(Double(Float(1e-50))) },
            PrintedNumber(
                id: "numerical-diff-5", section: "4.3.2",
                description: "numerical_diff(function_1, 5), function_1(x) = 0.01x² + 0.1x, h = 1e-4",
                printed: "0.1999999999990898", precision: .exact
            ) { .scalar(try numericalDerivative(of: ChapterFunctions.function1, at: 5)) },
            PrintedNumber(
                id: "numerical-diff-10", section: "4.3.2",
                description: "numerical_diff(function_1, 10)",
                printed: "0.2999999999986347", precision: .exact
            ) { .scalar(try numericalDerivative(of: ChapterFunctions.function1, at: 10)) },
            PrintedNumber(
                id: "partial-x0", section: "4.3.3",
                description: "∂f/∂x0 of x0² + x1² at (3, 4)",
                printed: "6.00000000000378", precision: .exact
            ) { .scalar(try partialDerivative(of: ChapterFunctions.function2, at: [3, 4], coordinate: 0)) },
            PrintedNumber(
                id: "partial-x1", section: "4.3.3",
                description: "∂f/∂x1 of x0² + x1² at (3, 4)",
                printed: "7.999999999999119", precision: .exact
            ) { .scalar(try partialDerivative(of: ChapterFunctions.function2, at: [3, 4], coordinate: 1)) },
        ] + gradientNumbers

    static let gradientNumbers: [PrintedNumber] = [
        ("3-4", [3.0, 4.0], "[6., 8.]"), ("0-2", [0.0, 2.0], "[0., 4.]"), ("3-0", [3.0, 0.0], "[6., 0.]"),
    ].map { id, point, printed in
        PrintedNumber(
            id: "gradient-\(id)", section: "4.4",
            description: "numerical_gradient(function_2, \(point))",
            printed: printed, precision: .numpyDefault
        ) { .vector(try numericalGradient(of: ChapterFunctions.function2, at: point)) }
    }

    static let descentNumbers: [PrintedNumber] = [
        (0.1, "[-6.11110793e-10, 8.14814391e-10]", "learning rate 0.1: converges to (0, 0)"),
        (10.0, "[-2.58983747e+13, -1.29524862e+12]", "learning rate too large: runs away (huge but finite)"),
        (1e-10, "[-2.99999994, 3.99999992]", "learning rate too small: barely moves"),
    ].map { rate, printed, what in
        PrintedNumber(
            id: "descent-lr-\(rate)", section: "4.4.1",
            description: "gradient_descent(function_2, init_x = (-3, 4), lr = \(rate), step_num = 100): \(what)",
            printed: printed, precision: .numpyDefault
        ) {
            let run = try gradientDescent(
                of: ChapterFunctions.function2, from: ChapterFunctions.descentStart, learningRate: rate, steps: 100)
            guard let final = run.finalPoint else {
                throw InvalidArgument(name: "learning rate", value: "\(rate)", allowed: "a rate that does not diverge")
            }
            return .vector(final)
        }
    }

    private static let roundedWeightsNote =
        "The book prints W rounded to 8 decimals; from the rounded W only about 7 digits can agree."

    static let simpleNetNumbers: [PrintedNumber] = [
        PrintedNumber(
            id: "simplenet-predict", section: "4.4.2",
            description: "simpleNet.predict(x), x = [0.6, 0.9], W as printed",
            printed: "[1.05414809, 0.63071653, 1.1328074]", precision: .numpyDefault
        ) { .vector(try simpleNet().predict(ChapterFunctions.simpleNetInput)) },
        PrintedNumber(
            id: "simplenet-argmax", section: "4.4.2",
            description: "np.argmax(p)",
            printed: "2", precision: .exact
        ) {
            .integer(Matrix(rowVector: try simpleNet().predict(ChapterFunctions.simpleNetInput)).argmaxPerRow()[0])
        },
        PrintedNumber(
            id: "simplenet-loss", section: "4.4.2",
            description: "simpleNet.loss(x, t), t = [0, 0, 1]",
            printed: "0.92806853663411326", precision: .absolute(1e-6), note: roundedWeightsNote
        ) { .scalar(try simpleNet().loss(ChapterFunctions.simpleNetInput, oneHot: ChapterFunctions.simpleNetLabel)) },
        PrintedNumber(
            id: "simplenet-dw", section: "4.4.2",
            description: "dW = numerical_gradient(lambda w: net.loss(x, t), net.W)",
            printed: "[[0.21924763, 0.14356247, -0.36281009], [0.32887144, 0.2153437, -0.54421514]]",
            precision: .absolute(2e-7), note: roundedWeightsNote
        ) {
            let gradient = try simpleNet().lossGradient(
                ChapterFunctions.simpleNetInput, oneHot: ChapterFunctions.simpleNetLabel)
            return .matrix(gradient.nestedRows)
        },
    ]

    private static func simpleNet() throws -> SimpleNet {
        try SimpleNet(weights: SimpleNet.bookWeights)
    }
}
