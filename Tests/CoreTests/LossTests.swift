import Foundation
import Testing

@testable import Core

@Suite("Loss functions")
struct LossTests {
    let t = ChapterFunctions.oneHotTwo
    let good = ChapterFunctions.outputFavouringTwo
    let bad = ChapterFunctions.outputFavouringSeven

    @Test func sumOfSquaredErrorsIsBookExact() throws {
        #expect(try Loss.sumOfSquaredErrors(good, t) == 0.09750000000000003)
        #expect(try Loss.sumOfSquaredErrors(bad, t) == 0.5975)
    }

    @Test func crossEntropyForms() throws {
        #expect(try Loss.crossEntropy(good, oneHot: t) == 0.510825457099338)
        #expect(try Loss.crossEntropy(bad, oneHot: t) == 2.302584092994546)
        #expect(try Loss.crossEntropy(good, label: 2) == 0.510825457099338)
        let batch = try Matrix([good, bad])
        // numpy 2.4.6: -np.sum(t*np.log(y+1e-7))/2 and the class-index form.
        #expect(try Loss.crossEntropy(batch, oneHot: Matrix([t, t])) == 1.406704775046942)
        #expect(try Loss.crossEntropy(batch, labels: [2, 2]) == 1.406704775046942)
    }

    @Test func zeroProbabilityIsFiniteWithDefaultDeltaAndInfiniteWithoutDelta() throws {
        // y[3] == 0 in `good`.
        #expect(try Loss.crossEntropy(good, label: 3) == 16.11809565095832)
        #expect(try Loss.crossEntropy(good, label: 3, delta: 0) == .infinity)
        var zeroAtTwo = good
        zeroAtTwo[2] = 0
        #expect(try Loss.crossEntropy(zeroAtTwo, oneHot: t).isFinite)
        #expect(try Loss.crossEntropy(zeroAtTwo, oneHot: t, delta: 0) == .infinity)
        // Zero probabilities of wrong classes never give NaN (0 · log 0 counts as 0).
        #expect(try Loss.crossEntropy(good, oneHot: t, delta: 0) == -log(0.6))
    }

    @Test func badInputThrowsOneLineMessages() throws {
        #expect(throws: InvalidArgument.self) { try Loss.sumOfSquaredErrors([1, 2], [1]) }
        #expect(throws: InvalidArgument.self) { try Loss.crossEntropy(good, label: 10) }
        #expect(throws: InvalidArgument.self) { try Loss.crossEntropy(Matrix([good]), labels: [2, 2]) }
        #expect(throws: InvalidArgument.self) { try Loss.crossEntropy(Matrix<Double>([]), labels: []) }
        #expect(throws: InvalidArgument.self) { try Loss.crossEntropy(Matrix([good]), oneHot: Matrix([[1.0]])) }
        do {
            _ = try Loss.crossEntropy(good, oneHot: t, delta: -1e-7)
            Issue.record("negative delta accepted")
        } catch let error as InvalidArgument {
            #expect(error.description == "invalid delta -1e-07: allowed a finite number ≥ 0")
        }
        do {
            _ = try Loss.crossEntropy(good, label: -1)
            Issue.record("negative label accepted")
        } catch let error as InvalidArgument {
            #expect(error.description == "invalid class label -1: allowed an integer from 0 to 9")
        }
    }
}
