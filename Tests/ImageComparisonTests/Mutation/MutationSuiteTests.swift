import Foundation
import ImageComparison
import Testing

/// The mutation suite: every mutant must be killed by the real check, the unmutated control must pass,
/// and a comparator that always answers "equal" must make the suite fail.
@Suite struct MutationSuiteTests {
    static func allMutants() throws -> (control: Mutant, mutants: [Mutant]) {
        let goldenPNG = try SmallFigure().png()
        let golden = try PNGCodec.decode(goldenPNG, name: "small figure")
        let other = try SmallFigure(function: { cos($0) }).png()
        let control = Mutant(
            name: "control: same figure rendered again", expected: goldenPNG, actual: try SmallFigure().png())
        let image = try ImageMutations.mutants(golden: golden, goldenPNG: goldenPNG, other: other)
        return (control, image + (try RenderMutations.mutants()))
    }

    @Test func realCheckKillsEveryMutantAndPassesTheControl() throws {
        let (control, mutants) = try Self.allMutants()
        let check = PNGCheck()
        let controlOutcome = MutationSuite.run([control], check: check)
        #expect(controlOutcome.allSatisfy { !$0.killed }, "the unmutated figure must pass: \(controlOutcome)")
        let outcomes = MutationSuite.run(mutants, check: check)
        print(MutationSuite.table(outcomes, title: "Mutation table (real comparator)"))
        #expect(outcomes.count == 12)
        #expect(MutationSuite.killRate(outcomes) == 1, "\(outcomes.filter { !$0.killed }.map(\.name))")
    }

    @Test func alwaysEqualComparatorTurnsTheSuiteRed() throws {
        let (_, mutants) = try Self.allMutants()
        let outcomes = MutationSuite.run(mutants, check: PNGCheck(comparator: AlwaysEqualComparator()))
        print(MutationSuite.table(outcomes, title: "Mutation table (broken comparator that always answers equal)"))
        #expect(MutationSuite.killRate(outcomes) < 1)
        // Only the undecodable mutants die: a broken comparator cannot hide a truncated file.
        #expect(Set(outcomes.filter(\.killed).map(\.name)) == ["truncated PNG (half)", "truncated PNG (IEND cut)"])
    }

    @Test func mutantsReallyDifferFromTheGolden() throws {
        let (_, mutants) = try Self.allMutants()
        for mutant in mutants { #expect(mutant.actual != mutant.expected, "\(mutant.name) is not a mutation") }
    }
}
